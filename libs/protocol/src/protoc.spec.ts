// An independent check of the codec against Google's own implementation:
// protoc (Debian package protobuf-compiler) reads what we write and writes
// what we read. Missing protoc fails the suite on purpose; it is not skipped.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { decode, encode, TaskStatusReason } from './index';
import { sampleLaunch } from './fixtures/samples';

const repoRoot = path.resolve(__dirname, '../../..');

function protoc(args: string[], input: Uint8Array | string): Buffer {
  const run = spawnSync('protoc', args, { cwd: repoRoot, input });
  if (run.error) {
    throw new Error(`cannot run protoc (${run.error.message}). Install it with "apt-get install protobuf-compiler"; ` + 'these tests compare our codec with it and must not be skipped.');
  }
  if (run.status !== 0) throw new Error(`protoc ${args.join(' ')} exited ${run.status}: ${run.stderr.toString()}`);
  return run.stdout;
}

const schema = ['-I', 'proto', 'proto/containerizer.proto'];

describe('protoc', () => {
  beforeAll(() => {
    protoc(['--version'], '');
  });

  it('sees the field numbers and values we encode (--decode_raw)', () => {
    const bytes = encode('Termination', {
      killed: false,
      message: '',
      status: 9,
      reasons: [TaskStatusReason.REASON_CONTAINER_LIMITATION_MEMORY],
    });
    expect(protoc(['--decode_raw'], bytes).toString()).toBe('1: 0\n2: ""\n3: 9\n5: 8\n');

    const stats = encode('ResourceStatistics', { timestamp: 2.5, memRssBytes: 2 ** 40 + 5, processes: 3 });
    expect(protoc(['--decode_raw'], stats).toString()).toBe('1: 0x4004000000000000\n5: 1099511627781\n30: 3\n');
  });

  it('parses our Launch with the schema, field by field (--decode)', () => {
    const text = protoc(['--decode=mesos.containerizer.Launch', ...schema], encode('Launch', sampleLaunch)).toString();
    expect(text).toContain('container_id {\n  value: "435253ab-d246-47be-a350-35420465d868"\n}');
    expect(text).toContain('begin: 31000\n');
    expect(text).toContain('end: 32000\n');
    expect(text).toContain('network: BRIDGE');
    expect(text).toContain('mode: RO');
    expect(text).toContain('image: "docker:///busybox"');
    expect(text).toContain('data: "\\000\\001\\002\\377"');
    expect(text).toContain('slave_pid: "slave(1)@127.0.0.1:5051"');
    expect(text).toContain('checkpoint: true');
  });

  it('writes a Launch that we decode (--encode)', () => {
    const textproto = `
      container_id { value: "c-1" }
      executor_info {
        executor_id { value: "e-1" }
        command { value: "/bin/true" shell: false arguments: "a" arguments: "b" }
        resources { name: "ports" type: RANGES ranges { range { begin: 31000 end: 31005 } } }
        container { type: DOCKER docker { image: "nginx" network: NONE port_mappings { host_port: 1 container_port: 2 } } }
      }
      directory: "/sandbox"
      slave_id { value: "S1" }
      checkpoint: false
    `;
    const launch = decode('Launch', protoc(['--encode=mesos.containerizer.Launch', ...schema], textproto));
    expect(launch.containerId.value).toBe('c-1');
    expect(launch.executorInfo!.command.shell).toBe(false);
    expect(launch.executorInfo!.command.arguments).toEqual(['a', 'b']);
    expect(launch.executorInfo!.resources![0].ranges!.range![0]).toMatchObject({ begin: 31000, end: 31005 });
    expect(launch.executorInfo!.container!.docker).toMatchObject({ image: 'nginx', network: 3, portMappings: [{ hostPort: 1, containerPort: 2 }] });
    expect(launch.directory).toBe('/sandbox');
    expect(launch.checkpoint).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(launch, 'checkpoint')).toBe(true);
    expect(launch.taskInfo).toBeNull();
  });

  it('writes a 0.26-style Termination that we decode (--encode)', () => {
    const bytes = protoc(['--encode=mesos.containerizer.Termination', ...schema], 'status: 2304 state: TASK_FAILED reasons: REASON_CONTAINER_LIMITATION_MEMORY message: "oom"');
    expect(decode('Termination', bytes)).toMatchObject({ status: 2304, state: 3, reasons: [8], message: 'oom' });
  });
});
