import { ChildProcessError, DeimosError } from '@deimos/errors';
import { engineDown } from './client';
import { EngineTimeout, localSocket } from './socket';

describe('engineDown', () => {
  it('counts an unreachable engine and a timed-out call (also when wrapped) as down', () => {
    expect(engineDown(new ChildProcessError('x', { argv: ['docker'], exitCode: 1, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' }))).toBe(true);
    const timedOut = new ChildProcessError('x', { argv: ['docker'], timedOut: true });
    expect(engineDown(timedOut)).toBe(true);
    expect(engineDown(new DeimosError('DOCKER', 'docker inspect did not answer within 10 s', { cause: timedOut }))).toBe(true);
    expect(engineDown(new DeimosError('DOCKER', 'docker create did not answer within 10 s', { cause: new EngineTimeout('no answer') }))).toBe(true);
  });
  it('does not retry a real answer', () => {
    expect(engineDown(new ChildProcessError('x', { argv: ['docker'], exitCode: 1, stderr: 'Error: No such container: abc' }))).toBe(false);
    expect(engineDown(new Error('boom'))).toBe(false);
  });
});

describe('localSocket', () => {
  it('is not used when global options, DOCKER_HOST or DOCKER_CONTEXT point elsewhere', () => {
    expect(localSocket(['--host', 'tcp://198.18.0.9:2375'], {})).toBeUndefined();
    expect(localSocket([], { DOCKER_HOST: 'tcp://198.18.0.9:2375' })).toBeUndefined();
    expect(localSocket([], { DOCKER_CONTEXT: 'remote' })).toBeUndefined();
  });
});
