import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Agent, MESOS_VERSIONS, atLeast, customExecutorLaunch, sandboxPath, sandboxedCommandTask, standinLibexecDir, type MesosVersion } from '@deimos/agent-emulator';
import { ContainerInfoType, DockerNetwork, VolumeMode, type ContainerInfo } from '@deimos/protocol';
import { TEST_IMAGE, TEST_IMAGE_URL, TestBed, builtBinary, eventually } from '@deimos/testing';

// Every agent generation the containerizer serves (0.20-1.0), through the
// agent emulator speaking that generation: its Launch shapes (old-style
// ContainerInfo until 0.26, DockerInfo from 0.22, TaskInfo.container copied
// to the executor from 0.23), its launch environment and its Termination
// rules. Then the new ContainerInfo end to end.

const containerizer = builtBinary('deimos-containerizer');
const AGENT_IP = '198.18.40.1';
let bed: TestBed;
let agent: Agent;

function start(version: MesosVersion, extraConfig = ''): void {
  bed = TestBed.create(extraConfig);
  agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: path.join(bed.dir, 'no-libexec'), env: bed.env({ LIBPROCESS_IP: AGENT_IP }), mesosVersion: version });
}

/** Directories a test made outside its bed, removed after it. */
const madeOutsideBed: string[] = [];

afterEach(() => {
  agent?.killAll();
  bed?.cleanup();
  for (const dir of madeOutsideBed.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe.each(MESOS_VERSIONS)('an agent of Mesos %s', (version) => {
  beforeEach(() => start(version));

  it('runs a command task and reports its exit status in the Termination that agent reads', async () => {
    const launch = sandboxedCommandTask(bed.workDir, `g-${version}-cmd`, 'echo hi from $TASK_INFO; exit 3', { image: TEST_IMAGE_URL, version, taskName: 'gen-task' });
    // From 0.27 the image travels as a ContainerInfo, before as CommandInfo.container.
    expect(launch.taskInfo!.command!.container === undefined).toBe(atLeast(version, '0.27'));
    await agent.launch(launch);
    const t = await agent.wait(launch.containerId.value);
    expect(t.status).toBe(3 << 8);
    expect(fs.readFileSync(path.join(launch.directory!, 'stdout'), 'utf8')).toContain('hi from gen-task');
  });

  it("gives a command task's mesos-executor the launch variables, LIBPROCESS_IP included", async () => {
    // The agent's launcher directory holds its generation's mesos-executor (the stand-in takes only that generation's flags).
    agent = new Agent({ containerizer, workDir: bed.workDir, libexecDir: standinLibexecDir(version), env: bed.env({ LIBPROCESS_IP: AGENT_IP }), mesosVersion: version });
    const launch = sandboxedCommandTask(bed.workDir, `g-${version}-obs`, 'exit 0', {
      image: TEST_IMAGE_URL,
      version,
      mesosExecutorPath: path.join(standinLibexecDir(version), 'mesos-executor'),
    });
    await agent.launch(launch);
    await agent.wait(launch.containerId.value);
    const stateFile = (name: string) => fs.readFileSync(path.join(bed.stateRoot, 'mesos', launch.containerId.value, name), 'utf8');
    const seen = stateFile('observer.err') + stateFile('observer.out');
    expect(seen).toContain(`env LIBPROCESS_IP=${AGENT_IP}`);
    expect(seen).toContain('env LIBPROCESS_PORT=0');
    expect(seen.includes('env MESOS_AGENT_ENDPOINT=127.0.0.1:5051')).toBe(atLeast(version, '0.27'));
    expect(seen).toContain('TASK_FINISHED');
  });

  it('reports usage, then destroys a long task, and the wait ends', async () => {
    const launch = sandboxedCommandTask(bed.workDir, `g-${version}-long`, 'sleep 60', { image: TEST_IMAGE_URL, version, resources: { cpus: 0.2, mem: 48 } });
    await agent.launch(launch);
    const id = launch.containerId.value;
    const usage = await agent.usage(id);
    expect(usage.memLimitBytes).toBe(48 * 1024 * 1024);
    const waiting = agent.wait(id);
    await agent.destroy(id);
    await waiting;
    expect(bed.containers()).toEqual([]);
  });

  it('gives a custom executor the variables that agent passes, and no others', async () => {
    const id = `g-${version}-exec`;
    const directory = sandboxPath({ workDir: bed.workDir, slaveId: 's1', frameworkId: 'fw', executorId: `e-${id}`, containerId: id });
    fs.mkdirSync(directory, { recursive: true });
    const launch = customExecutorLaunch({
      containerId: id,
      executorId: `e-${id}`,
      directory,
      slaveId: 's1',
      frameworkId: 'fw',
      checkpoint: true,
      command: 'env | grep -E "^(MESOS|LIBPROCESS)_" | sort',
      image: TEST_IMAGE_URL,
      resources: { cpus: 0.1, mem: 32 },
      version,
    });
    await agent.launch(launch);
    expect((await agent.wait(id)).status).toBe(0);
    const env = Object.fromEntries(
      fs
        .readFileSync(path.join(directory, 'stdout'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    expect(env).toMatchObject({
      MESOS_SLAVE_ID: 's1',
      MESOS_FRAMEWORK_ID: 'fw',
      MESOS_EXECUTOR_ID: `e-${id}`,
      MESOS_SLAVE_PID: 'slave(1)@127.0.0.1:5051',
      MESOS_CHECKPOINT: '1',
      LIBPROCESS_PORT: '0',
      MESOS_DIRECTORY: '/tmp/mesos-sandbox',
    });
    expect(env.MESOS_RECOVERY_TIMEOUT).toBe('15mins');
    // Every call inherits the agent's own environment, so an agent started
    // with LIBPROCESS_IP has it in every generation (0.26+ also put it in the
    // executor environment explicitly).
    expect(env.LIBPROCESS_IP).toBe(AGENT_IP);
    expect(env.MESOS_AGENT_ENDPOINT).toBe(atLeast(version, '0.27') ? '127.0.0.1:5051' : undefined);
    expect(env.MESOS_SUBSCRIPTION_BACKOFF_MAX).toBe(atLeast(version, '0.27') ? '2secs' : undefined);
    expect(env.MESOS_EXECUTOR_SHUTDOWN_GRACE_PERIOD).toBe(atLeast(version, '0.28') ? '5secs' : undefined);
    expect(env.MESOS_HTTP_COMMAND_EXECUTOR).toBe(atLeast(version, '1.0') ? '0' : undefined);
    // The agent's own call variables stay out of the container.
    expect(env.MESOS_WORK_DIRECTORY).toBeUndefined();
  });
});

/** The one line a refused launch wrote on stderr. */
async function refusal(launch: Parameters<Agent['launch']>[0]): Promise<string> {
  const err = await agent.launch(launch).then(
    () => undefined,
    (e: unknown) => e as { result?: { stderr: string; exitCode: number } },
  );
  expect(err?.result?.exitCode).toBe(4);
  return err?.result?.stderr ?? '';
}

const inspect = (id: string, format: string) => execFileSync('docker', ['inspect', '-f', format, id], { encoding: 'utf8' }).trim();

function dockerTask(id: string, command: string, info: ContainerInfo, ports?: Array<[number, number]>) {
  return sandboxedCommandTask(bed.workDir, id, command, { version: '1.0', dockerInfo: info, resources: { cpus: 0.1, mem: 32, ...(ports ? { ports } : {}) } });
}

const docker = (extra: Partial<NonNullable<ContainerInfo['docker']>> = {}, more: Partial<ContainerInfo> = {}): ContainerInfo =>
  ({ type: ContainerInfoType.DOCKER, docker: { image: TEST_IMAGE, ...extra }, ...more }) as ContainerInfo;

describe('the new ContainerInfo end to end (1.0)', () => {
  const network = `deimos-test-br-${process.pid}`;
  beforeAll(() => {
    execFileSync('docker', ['network', 'create', '--subnet', '198.18.41.0/24', network], { stdio: 'ignore' });
  });
  afterAll(() => {
    execFileSync('docker', ['network', 'rm', network], { stdio: 'ignore' });
  });

  it('BRIDGE with a port mapping answers on the mapped host port, with the host name asked for', async () => {
    start('1.0', `[containers]\nbridge_network = ${network}\n`);
    const launch = dockerTask(
      'g-bridge',
      'while true; do nc -l -p 8080 -e hostname; done',
      docker({ network: DockerNetwork.BRIDGE, portMappings: [{ hostPort: 31480, containerPort: 8080, protocol: 'tcp' }] }, { hostname: 'deimos-box' }),
      [[31480, 31480]],
    );
    await agent.launch(launch);
    const cid = bed.containers()[0];
    expect(inspect(cid, '{{.HostConfig.NetworkMode}} {{.Config.Hostname}}')).toBe(`${network} deimos-box`);
    let answer = '';
    expect(
      await eventually(
        async () => {
          answer = await new Promise<string>((resolve) => {
            const s = net.connect(31480, '127.0.0.1');
            let got = '';
            s.on('data', (d) => (got += d.toString()));
            s.on('close', () => resolve(got.trim()));
            s.on('error', () => resolve(''));
            s.setTimeout(2000, () => s.destroy());
          });
          return answer === 'deimos-box';
        },
        15_000,
        200,
      ),
    ).toBe(true);
  });

  it('refuses a host port the task does not hold', async () => {
    start('1.0', `[containers]\nbridge_network = ${network}\n`);
    const launch = dockerTask('g-port', 'true', docker({ network: DockerNetwork.BRIDGE, portMappings: [{ hostPort: 22, containerPort: 22 }] }), [[31490, 31490]]);
    expect(await refusal(launch)).toMatch(/host port 22, which the task does not hold: host access "host-ports" is not allowed/);
    expect(bed.containers()).toEqual([]);
  });

  it('refuses HOST networking and privileged mode by default, and runs them when the policy allows them', async () => {
    start('1.0');
    expect(await refusal(dockerTask('g-host', 'true', docker({ network: DockerNetwork.HOST })))).toMatch(
      /--network host \(from container.docker.network\) gives the container network=host: host access "host-network" is not allowed by \[policy\] allow_host_access/,
    );
    expect(await refusal(dockerTask('g-priv', 'true', docker({ network: DockerNetwork.NONE, privileged: true })))).toMatch(/host access "privileged" is not allowed/);
    expect(bed.containers()).toEqual([]);
    agent.killAll();
    bed.cleanup();
    start('1.0', '[policy]\nallow_host_access: ["host-network", "privileged"]\n');
    await agent.launch(dockerTask('g-host2', 'sleep 30', docker({ network: DockerNetwork.HOST })));
    expect(inspect(bed.containers()[0], '{{.HostConfig.NetworkMode}}')).toBe('host');
    // This sandbox's kernel lets no container have every capability, so a
    // privileged container cannot start here; what matters is that the
    // policy let it through to the engine.
    const priv = await agent.launch(dockerTask('g-priv2', 'true', docker({ network: DockerNetwork.NONE, privileged: true }))).then(
      () => 'started',
      (e: { result?: { stderr: string } }) => e.result?.stderr ?? '',
    );
    expect(priv).not.toMatch(/launch refused/);
    if (priv !== 'started') expect(priv).toMatch(/did not start: .*(caps|operation not permitted)/);
  });

  it('NONE, volumes with their modes and parameters reach the container', async () => {
    start('1.0');
    // A bind source must be out of reach of everyone but root (not below /tmp, where the bed is).
    fs.mkdirSync('/srv/deimos-test-data', { recursive: true });
    const data = fs.mkdtempSync('/srv/deimos-test-data/gen-');
    fs.chmodSync(data, 0o755);
    madeOutsideBed.push(data);
    fs.writeFileSync(path.join(data, 'f'), 'host data\n');
    fs.appendFileSync(bed.configFile, `[policy]\nallowed_volume_paths: ["${data}"]\n`);
    const launch = dockerTask(
      'g-vol',
      'cat /ro/f; echo x > /ro/g 2>/dev/null && echo ro-writable; echo y > /rw/g && echo rw-written',
      docker(
        { network: DockerNetwork.NONE, parameters: [{ key: 'label', value: 'team=blue' }] },
        {
          volumes: [
            { containerPath: '/ro', hostPath: data, mode: VolumeMode.RO },
            { containerPath: '/rw', hostPath: data, mode: VolumeMode.RW },
          ],
        },
      ),
    );
    await agent.launch(launch);
    const cid = bed.containers()[0];
    expect(inspect(cid, '{{.HostConfig.NetworkMode}} {{index .Config.Labels "team"}}')).toBe('none blue');
    expect((await agent.wait(launch.containerId.value)).status).toBe(0);
    const out = fs.readFileSync(path.join(launch.directory!, 'stdout'), 'utf8');
    expect(out).toContain('host data');
    expect(out).not.toContain('ro-writable');
    expect(out).toContain('rw-written');
    expect(fs.readFileSync(path.join(data, 'g'), 'utf8')).toBe('y\n');
  });
});
