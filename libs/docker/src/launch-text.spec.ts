import { DeimosError } from '@deimos/errors';
import { decode, encode, type Launch } from '@deimos/protocol';
import { buildContainerModel } from './container';
import { interpretLaunch, type ContainerSettings, type LaunchSpec } from './interpret';
import { checkLaunchText } from './launch-text';
import { TABLE } from './options/options';
import { checkPolicy, type LaunchPolicy } from './policy';

const SETTINGS: ContainerSettings = { ignoreTaskImage: false, defaultOptions: [], appendOptions: [], ignoreTaskOptions: false, workdir: '/tmp/mesos-sandbox' };

/** A Launch with a value in every string field our proto files know, each shape of each generation. */
function everyField(): Launch {
  const command = (value: string) => ({
    value,
    shell: false,
    arguments: ['argv0', 'arg'],
    user: 'alice',
    uris: [{ value: 'http://files.example/a.tgz' }],
    environment: { variables: [{ name: 'GREETING', value: 'hello' }] },
    container: { image: 'docker:///busybox', options: ['--memory', '64m'] },
  });
  const container = () => ({
    type: 1,
    hostname: 'box',
    volumes: [{ containerPath: '/data', hostPath: '/srv/data', mode: 1 }],
    docker: { image: 'busybox', portMappings: [{ hostPort: 31000, containerPort: 80, protocol: 'tcp' }], parameters: [{ key: 'label', value: 'a=b' }] },
  });
  const resources = () => [
    { name: 'cpus', type: 0, scalar: { value: 1 }, role: '*' },
    { name: 'tags', type: 3, set: { item: ['x'] }, role: 'web' },
  ];
  return {
    containerId: { value: 'c-1' },
    directory: '/tmp/mesos/slaves/s/frameworks/f/executors/e/runs/c-1',
    user: 'alice',
    slaveId: { value: 's' },
    slavePid: 'slave(1)@198.18.0.1:5051',
    taskInfo: { name: 'task', taskId: { value: 't' }, slaveId: { value: 's' }, resources: resources(), command: command('run.sh'), container: container(), data: new Uint8Array([0, 1, 2]) },
    executorInfo: {
      executorId: { value: 'e' },
      frameworkId: { value: 'f' },
      name: 'exec',
      source: 'src',
      command: command('/usr/libexec/mesos/mesos-executor'),
      container: container(),
      resources: resources(),
    },
  } as unknown as Launch;
}

/** Every string field of a message: its path (`a.b[0].c`) and a setter. */
function stringFields(root: unknown): Array<{ path: string; set: (v: string) => void }> {
  const out: Array<{ path: string; set: (v: string) => void }> = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (typeof item === 'string') out.push({ path: `${path}[${i}]`, set: (v) => (node[i] = v) });
        else visit(item, `${path}[${i}]`);
      });
      return;
    }
    if (node === null || typeof node !== 'object' || ArrayBuffer.isView(node)) return;
    for (const [k, v] of Object.entries(node)) {
      const field = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      const p = path ? `${path}.${field}` : field;
      if (typeof v === 'string') out.push({ path: p, set: (s) => ((node as Record<string, unknown>)[k] = s) });
      else visit(v, p);
    }
  };
  visit(root, '');
  return out;
}

/**
 * The fields that may hold tab, newline and carriage return, written out
 * by hand (not from the rule's own table): a script, a program's
 * arguments, environment values, Docker option words and parameter values.
 */
const TEXT_FIELDS = new Set(
  ['task_info', 'executor_info'].flatMap((m) => [
    `${m}.command.value`,
    `${m}.command.arguments[0]`,
    `${m}.command.arguments[1]`,
    `${m}.command.environment.variables[0].value`,
    `${m}.command.container.options[0]`,
    `${m}.command.container.options[1]`,
    `${m}.container.docker.parameters[0].value`,
  ]),
);

const REFUSED_EVERYWHERE: Array<[string, string]> = [
  ['NUL', '\u0000'],
  ['SOH', '\u0001'],
  ['backspace', '\b'],
  ['vertical tab', '\u000b'],
  ['form feed', '\f'],
  ['ESC', '\u001b'],
  ['unit separator', '\u001f'],
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1)', '\u009b'],
  ['line separator', '\u2028'],
];
const TEXT_ONLY: Array<[string, string]> = [
  ['tab', '\t'],
  ['newline', '\n'],
  ['carriage return', '\r'],
];

describe('every text of a Launch, checked for control characters by field', () => {
  const fields = stringFields(everyField());

  it('covers every string field of the test Launch (ids, names, paths, images, URIs, options, variables, resources)', () => {
    expect(fields.length).toBeGreaterThanOrEqual(45);
    for (const t of TEXT_FIELDS) expect(fields.map((f) => f.path)).toContain(t);
    expect(() => checkLaunchText(everyField())).not.toThrow();
  });

  it.each(REFUSED_EVERYWHERE)('refuses %s in every field, naming the field and showing the value escaped', (_name, c) => {
    for (const { path } of fields) {
      const launch = everyField();
      stringFields(launch)
        .find((f) => f.path === path)!
        .set(`a${c}b`);
      let err: unknown;
      try {
        checkLaunchText(launch);
      } catch (e) {
        err = e;
      }
      expect([path, err instanceof DeimosError && err.code]).toEqual([path, 'INVALID_INPUT']);
      const message = (err as DeimosError).message;
      const code = c.charCodeAt(0).toString(16).padStart(4, '0');
      expect(message).toBe(`Launch.${path} "a${c === '\b' ? '\\b' : c === '\f' ? '\\f' : `\\u${code}`}b" has a control character (U+${code.toUpperCase()} at offset 1)`);
      expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    }
  });

  it.each(TEXT_ONLY)('takes %s in text fields only', (_name, c) => {
    for (const { path } of fields) {
      const launch = everyField();
      stringFields(launch)
        .find((f) => f.path === path)!
        .set(`a${c}b`);
      const refused = (() => {
        try {
          checkLaunchText(launch);
          return false;
        } catch {
          return true;
        }
      })();
      expect([path, refused]).toEqual([path, !TEXT_FIELDS.has(path)]);
    }
  });

  it('leaves bytes alone (TaskInfo.data may hold any byte)', () => {
    const launch = everyField();
    (launch.taskInfo as { data: Uint8Array }).data = new Uint8Array([0, 0x1b, 0x7f, 0x9b]);
    expect(() => checkLaunchText(launch)).not.toThrow();
  });

  it('reads a decoded message (protobufjs instances) the same way', () => {
    const launch = everyField();
    launch.taskInfo!.command!.environment!.variables![0].value = 'x\u0000y';
    const decoded = decode('Launch', encode('Launch', launch));
    expect(() => checkLaunchText(decoded)).toThrow('Launch.task_info.command.environment.variables[0].value "x\\u0000y" has a control character (U+0000 at offset 1)');
  });

  it('shows a long value around the refused character', () => {
    const launch = everyField();
    launch.taskInfo!.command!.value = `${'a'.repeat(5000)}\u0000${'b'.repeat(5000)}`;
    let message = '';
    try {
      checkLaunchText(launch);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^Launch\.task_info\.command\.value \.\.\."a+\\u0000b+"\.\.\. has a control character \(U\+0000 at offset 5000\)$/);
    expect(message.length).toBeLessThan(300);
  });
});

describe('interpretLaunch checks the texts before reading any of them', () => {
  const launchWith = (options: string[], env: Array<{ name: string; value: string }> = []) => {
    const launch = everyField();
    launch.taskInfo!.command!.container!.options = options;
    launch.taskInfo!.command!.environment!.variables = env;
    return launch;
  };
  it.each([
    ['-e A=x\\0y', ['-e', 'A=x\u0000y'], [], 'Launch.task_info.command.container.options[1] "A=x\\u0000y" has a control character (U+0000 at offset 3)'],
    ['--label a=\\0', ['--label', 'a=\u0000'], [], 'Launch.task_info.command.container.options[1] "a=\\u0000" has a control character (U+0000 at offset 2)'],
    ['an environment value with NUL', [], [{ name: 'A', value: 'x\u0000y' }], 'Launch.task_info.command.environment.variables[0].value "x\\u0000y" has a control character (U+0000 at offset 1)'],
    ['an environment name with ESC', [], [{ name: 'A\u001b', value: 'x' }], 'Launch.task_info.command.environment.variables[0].name "A\\u001b" has a control character (U+001B at offset 1)'],
  ] as Array<[string, string[], Array<{ name: string; value: string }>, string]>)('refuses %s as bad input', (_what, options, env, message) => {
    expect(() => interpretLaunch(launchWith(options, env), SETTINGS, {})).toThrow(message);
  });
  it('keeps newlines and tabs of environment values and options as they are', () => {
    const spec = interpretLaunch(launchWith(['-e', 'B=1\t2', '--label', 'note=a\nb'], [{ name: 'A', value: 'line 1\nline 2\r\n\tend' }]), SETTINGS, {});
    expect(spec.env).toContainEqual(['A', 'line 1\nline 2\r\n\tend']);
    expect(spec.optionGroups[0].words).toEqual(['-e', 'B=1\t2', '--label', 'note=a\nb']);
  });
});

describe('no refusal of the option reader or the policy echoes a raw control character', () => {
  // Defence in depth: were the Launch's check bypassed (or an operator's
  // option carried one), the messages still escape what they quote.
  const POLICY: LaunchPolicy = {
    denyOptions: [],
    allowOptions: [],
    allowedVolumePaths: ['/srv'],
    taskWritablePaths: [],
    createMissingBindPaths: false,
    allowedImages: [],
    allowHostAccess: [],
    unjudgedOptions: [],
  };
  const spec = (words: string[], over: Partial<LaunchSpec> = {}): LaunchSpec => ({
    ...interpretLaunch(everyField(), SETTINGS, {}),
    optionGroups: [{ source: 'task_info.command.container.options', words, fromTask: true }],
    ...over,
  });
  const messages = (s: LaunchSpec): string[] => {
    try {
      checkPolicy(s, POLICY, { allocatedPorts: [], wired: false, host: { lstat: () => undefined, readlink: () => '' } });
      buildContainerModel(s, { name: 'n', labels: {}, workdir: '/w', exposedPorts: [], noNetwork: false, hardCpuLimits: false, extraEnv: [] });
      return [];
    } catch (e) {
      return [(e as Error).message, (e as DeimosError).hint ?? ''];
    }
  };
  it('for a control character in the value of each option, and in option names, volumes and parameters', () => {
    const specs: LaunchSpec[] = [];
    for (const c of ['\u0000', '\u001b[2J', '\r', '\n', '\u009b']) {
      for (const flag of new Set(TABLE.byName.values())) {
        const name = `--${flag.names[0]}`;
        specs.push(spec([flag.bool ? `${name}=t${c}` : `${name}=x${c}y`]), spec([name, `/x${c}:/y`]));
      }
      specs.push(
        spec([`--bogus${c}`]),
        spec([`x${c}`]),
        spec([], { volumes: [{ containerPath: `/a${c}`, hostPath: '/b', readOnly: false }] }),
        spec([], { volumes: [{ containerPath: '/a', hostPath: `/b${c}`, readOnly: false }] }),
        spec([], { parameters: [{ key: `label${c}`, value: 'a=b' }] }),
        spec([], { parameters: [{ key: 'volume', value: `/etc${c}:/x` }] }),
      );
    }
    const all = specs.flatMap(messages);
    expect(all.length).toBeGreaterThan(400);
    for (const m of all) expect([m, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(m)]).toEqual([m, false]);
  });
});
