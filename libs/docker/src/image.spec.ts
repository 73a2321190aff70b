import type { Launch } from '@deimos/protocol';
import { pullParams, qualifyImage, splitRegistry } from './image';
import { interpretLaunch, type ContainerSettings } from './interpret';

describe('splitRegistry (Docker reads the first component as a host only with "." or ":", "localhost" or upper case)', () => {
  it.each([
    ['busybox', 'docker.io', false],
    ['library/busybox:1.36', 'docker.io', false],
    ['quay.io/team/app:2', 'quay.io', true],
    ['127.0.0.1:5055/deimos/busybox:v1', '127.0.0.1:5055', true],
    ['localhost/app', 'localhost', true],
    ['Registry/app', 'Registry', true],
    ['index.docker.io/library/busybox', 'docker.io', true],
  ])('%s is on %s', (ref, host, explicit) => {
    expect(splitRegistry(ref)).toMatchObject({ host, explicit });
  });
});

describe('qualifyImage ([docker.index] index and account)', () => {
  const index = { index: 'registry.example:5000', account: 'mycompany' };
  it.each([
    ['busybox', 'registry.example:5000/mycompany/busybox'],
    ['busybox:1.36', 'registry.example:5000/mycompany/busybox:1.36'],
    ['busybox@sha256:' + 'a'.repeat(64), 'registry.example:5000/mycompany/busybox@sha256:' + 'a'.repeat(64)],
    ['team/app:2', 'registry.example:5000/team/app:2'],
    ['quay.io/team/app:2', 'quay.io/team/app:2'],
    ['localhost:5000/app', 'localhost:5000/app'],
  ])('%s -> %s', (ref, want) => {
    expect(qualifyImage(ref, index)).toBe(want);
  });
  it('uses each key alone, and changes nothing without them', () => {
    expect(qualifyImage('busybox', { account: 'mycompany' })).toBe('mycompany/busybox');
    expect(qualifyImage('busybox', { index: 'quay.io' })).toBe('quay.io/busybox');
    expect(qualifyImage('busybox:1', {})).toBe('busybox:1');
  });
});

describe('pullParams (POST /images/create?fromImage=&tag=)', () => {
  it.each([
    ['busybox', 'busybox', 'latest'],
    ['busybox:1.36', 'busybox', '1.36'],
    ['127.0.0.1:5055/deimos/busybox', '127.0.0.1:5055/deimos/busybox', 'latest'],
    ['127.0.0.1:5055/deimos/busybox:v2', '127.0.0.1:5055/deimos/busybox', 'v2'],
    ['quay.io/a/b:1@sha256:' + 'b'.repeat(64), 'quay.io/a/b', 'sha256:' + 'b'.repeat(64)],
  ])('%s -> %s and %s', (ref, fromImage, tag) => {
    expect(pullParams(ref)).toEqual({ fromImage, tag });
  });
});

describe('interpretLaunch with [docker.index]', () => {
  const settings: ContainerSettings = {
    ignoreTaskImage: false,
    defaultOptions: [],
    appendOptions: [],
    ignoreTaskOptions: false,
    workdir: '/tmp/mesos-sandbox',
    index: '127.0.0.1:5055',
    account: 'deimos',
  };
  const launch = (image?: string): Launch => ({
    containerId: { value: 'c-1' },
    taskInfo: { name: 't', taskId: { value: 't' }, slaveId: { value: 's' }, command: { value: 'true', container: image ? { image, options: [] } : undefined } },
  });
  it('qualifies the task image, and the configured default', () => {
    expect(interpretLaunch(launch('docker:///busybox:v1'), settings, {}).image).toBe('127.0.0.1:5055/deimos/busybox:v1');
    expect(interpretLaunch(launch(), { ...settings, defaultImage: 'docker:///team/base' }, {}).image).toBe('127.0.0.1:5055/team/base');
    expect(interpretLaunch(launch('docker:///quay.io/x/y'), settings, {}).image).toBe('quay.io/x/y');
  });
});
