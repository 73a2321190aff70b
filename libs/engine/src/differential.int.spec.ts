// The differential test of our option reading against Docker's own parser,
// on the real engine of the test bed. Each option list goes to the real
// `docker create` CLI and to our parser (model -> Engine API body, and model
// -> argv -> CLI); the inspected containers must be equal field by field,
// and a list Docker refuses must be refused by us too. For every generated
// list the default policy allows, the container Docker made must hold
// nothing the policy forbids. Repeated scalar options (Docker keeps the last
// value) and values equal to the engine's defaults (read from GET /info, as
// launch reads them) are judged on what the engine really created: harmless
// last and default values allowed, hostile last refused.
//
// DEIMOS_DIFF_COUNT sets how many generated lists (default 2000),
// DEIMOS_DIFF_SEED the seed (default 19), DEIMOS_DIFF_DOCKER the CLI.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  applyOptions,
  checkPolicy,
  createArgs,
  createPath,
  createRequest,
  emptyModel,
  finishModel,
  formatPlatform,
  freshDraft,
  parseEngineInfo,
  readDockerOptions,
  type CreateRequest,
  type EngineDefaults,
  type LaunchPolicy,
  type LaunchSpec,
  type PathFacts,
} from '@deimos/docker';
import { engineRequest, DEFAULT_SOCKET } from './socket';
import { defaultCases, generateCase, handCases, repeatCases, rng, type Fixture } from './differential/corpus';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';
const COUNT = Number(process.env.DEIMOS_DIFF_COUNT ?? 2000);
const SEED = Number(process.env.DEIMOS_DIFF_SEED ?? 19);
const LABEL = 'deimos.test=differential';
const CLIS = [...new Set([process.env.DEIMOS_DIFF_DOCKER ?? 'docker', ...(process.env.DEIMOS_DIFF_DOCKER ? [] : ['/usr/bin/docker'])])].filter((c) => c === 'docker' || fs.existsSync(c));

type Outcome = { id: string } | { error: string };

function cli(docker: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(docker, ['create', '--label', LABEL, ...args], { timeout: 60_000, encoding: 'utf8' }, (err, stdout, stderr) => {
      const id = stdout.trim().split('\n').pop() ?? '';
      if (!err && /^[0-9a-f]{64}$/.test(id)) resolve({ id });
      else resolve({ error: (stderr || String(err)).trim().split('\n')[0] });
    });
  });
}

async function api(request: CreateRequest): Promise<Outcome> {
  const body = request.body;
  const withLabel = { ...body, Labels: { ...(body.Labels as Record<string, string>), 'deimos.test': 'differential' } };
  const r = await engineRequest(DEFAULT_SOCKET, 'POST', createPath(request), 30_000, withLabel);
  if (r.status === 201) return { id: (JSON.parse(r.body) as { Id: string }).Id };
  return { error: `engine ${r.status}: ${r.body.trim()}` };
}

type Inspect = { Id: string; Config: Record<string, unknown>; HostConfig: Record<string, unknown>; Mounts: Array<Record<string, unknown>> };

async function inspect(id: string): Promise<Inspect> {
  const r = await engineRequest(DEFAULT_SOCKET, 'GET', `/containers/${id}/json`, 30_000);
  return JSON.parse(r.body) as Inspect;
}

/** The paths where two JSON values differ, with both sides, for short messages. */
function diff(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return [`${at}: docker ${JSON.stringify(a)} ours ${JSON.stringify(b)}`];
}

/** Capabilities as the engine reads them (upper case, CAP_ prefix). */
const capName = (c: unknown) => {
  const u = String(c).toUpperCase();
  return u === 'ALL' || u.startsWith('CAP_') ? u : `CAP_${u}`;
};

const sortedOrNull = (v: unknown) => (Array.isArray(v) ? (v.length === 0 ? null : [...v].map((x) => JSON.stringify(x)).sort()) : (v ?? null));

/** What was asked for, without ids, names and orders that carry no meaning. */
function comparable(c: Inspect): unknown {
  const config: Record<string, unknown> = { ...c.Config };
  if (config.Hostname === c.Id.slice(0, 12)) delete config.Hostname;
  delete config.Labels;
  // The CLI collects variables through a map: their order varies from run to run.
  if (Array.isArray(config.Env)) config.Env = [...(config.Env as string[])].sort();
  const host: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.HostConfig)) {
    const value = (k === 'CapAdd' || k === 'CapDrop') && Array.isArray(v) ? [...new Set(v.map(capName))] : v;
    host[k] = Array.isArray(value) || value === null ? sortedOrNull(value) : value;
  }
  const mounts = c.Mounts.map((m) => (m.Type === 'volume' && !String(m.Name).startsWith('deimos-diff') ? { ...m, Name: '<anonymous>', Source: '<anonymous>' } : m))
    .map((m) => JSON.stringify(m))
    .sort();
  return { Config: config, HostConfig: host, Mounts: mounts };
}

const DEFAULT_POLICY: LaunchPolicy = {
  denyOptions: [],
  allowOptions: [],
  allowedVolumePaths: [],
  taskWritablePaths: [],
  createMissingBindPaths: false,
  allowedImages: [],
  allowHostAccess: [],
  unjudgedOptions: [],
};
/** The host's file system as the policy reads it (lstat, readlink). */
const HOST: PathFacts = { lstat: (p) => fs.lstatSync(p, { throwIfNoEntry: false }), readlink: (p) => fs.readlinkSync(p) };

/** Anything in a created container that the default policy forbids (read from inspect, not from our model). */
function forbidden(c: Inspect): string[] {
  const h = c.HostConfig as Record<string, unknown>;
  const out: string[] = [];
  const list = (k: string) => (Array.isArray(h[k]) ? (h[k] as unknown[]) : []);
  if (h.Privileged) out.push('Privileged');
  // The engine fills in its own default cgroup namespace (host on cgroup
  // v1) for a container that names none: only host where that is not it.
  if (h.CgroupnsMode === 'host' && engine.cgroupns !== 'host') out.push('CgroupnsMode=host');
  for (const k of ['NetworkMode', 'PidMode', 'IpcMode', 'UTSMode', 'UsernsMode']) {
    const v = String(h[k] ?? '');
    if (v === 'host' || v.startsWith('container:')) out.push(`${k}=${v}`);
  }
  if (list('CapAdd').length > 0) out.push('CapAdd');
  if (list('Devices').length > 0) out.push('Devices');
  if (list('VolumesFrom').length > 0) out.push('VolumesFrom');
  if (h.CgroupParent) out.push('CgroupParent');
  if (h.Runtime && h.Runtime !== engine.runtime) out.push(`Runtime ${h.Runtime}`);
  if (h.VolumeDriver && h.VolumeDriver !== 'local') out.push(`VolumeDriver ${h.VolumeDriver}`);
  if (Object.keys((h.Sysctls as object) ?? {}).length > 0) out.push('Sysctls');
  if (list('Ulimits').length > 0) out.push('Ulimits');
  if (Number(h.OomScoreAdj) < 0) out.push('OomScoreAdj');
  if (h.PublishAllPorts) out.push('PublishAllPorts');
  if (Object.keys((h.PortBindings as object) ?? {}).length > 0) out.push('PortBindings');
  for (const s of list('SecurityOpt')) if (!/^no-new-privileges(=true)?$/.test(String(s))) out.push(`SecurityOpt ${s}`);
  if (Array.isArray(h.MaskedPaths) && h.MaskedPaths.length === 0) out.push('MaskedPaths unmasked');
  for (const m of c.Mounts) if (m.Type === 'bind' || (m.Type === 'volume' && m.Name && String(m.Name).startsWith('deimos-diff'))) out.push(`Mount ${m.Type} ${m.Source}`);
  const log = h.LogConfig as { Type?: string; Config?: object } | undefined;
  if (log && Object.keys(log.Config ?? {}).length > 0) out.push('LogConfig');
  return out;
}

function specOf(words: string[]): LaunchSpec {
  return {
    containerId: 'diff',
    kind: 'executor',
    executorId: 'diff',
    image: IMAGE,
    imageSource: 'task',
    forcePull: false,
    command: [],
    optionGroups: [{ source: 'options', words, fromTask: true }],
    portMappings: [],
    volumes: [],
    privileged: false,
    parameters: [],
    ports: [],
    env: [],
    uris: [],
  };
}

/** Our reading: the model of the container, or why we refuse. */
function ours(words: string[]): { model: ReturnType<typeof emptyModel> } | { refused: string } {
  try {
    const m = emptyModel(IMAGE);
    const d = freshDraft();
    applyOptions(m, readDockerOptions(words, 'options'), d);
    finishModel(m, d);
    return { model: m };
  } catch (err) {
    return { refused: (err as Error).message };
  }
}

const created: string[] = [];
let fixture: Fixture;
/** The engine's defaults, read once as launch reads them. */
let engine: EngineDefaults;

beforeAll(async () => {
  const info = JSON.parse((await engineRequest(DEFAULT_SOCKET, 'GET', '/info', 30_000)).body) as { OSType: string; Architecture: string };
  engine = parseEngineInfo(info);
  if (!engine.platform) throw new Error(`the test bed's engine runs on ${info.Architecture}, a machine the policy cannot name`);
  fixture = {
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-diff-')),
    runtime: engine.runtime,
    platform: formatPlatform(engine.platform),
    machinePlatform: `${info.OSType}/${info.Architecture}`,
  };
});

async function removeAll(): Promise<void> {
  while (created.length > 0) {
    const batch = created.splice(0, 100);
    await new Promise((r) => execFile('docker', ['rm', '-f', '-v', ...batch], { timeout: 120_000 }, r));
  }
}

afterAll(async () => {
  await removeAll();
  await new Promise((r) => execFile('docker', ['volume', 'rm', '-f', 'deimos-diff-vol', 'vol-a'], r));
  fs.rmSync(fixture.dir, { recursive: true, force: true });
});

interface Verdict {
  words: string[];
  disagreement?: string;
  refusedConservatively?: string;
  bothRefused?: boolean;
  policyAllowed?: boolean;
  forbiddenFound?: string[];
}

/** One list, both ways; the argv rendering too when `viaArgv`. */
async function judge(docker: string, words: string[], viaArgv: boolean): Promise<Verdict> {
  const mine = ours(words);
  const theirs = await cli(docker, [...words, IMAGE]);
  if ('id' in theirs) created.push(theirs.id);
  if ('refused' in mine) {
    if ('error' in theirs) return { words, bothRefused: true };
    return { words, refusedConservatively: mine.refused };
  }
  const request = createRequest(mine.model);
  if (!request) return { words, disagreement: 'our model needs the CLI (an option passed through unjudged)' };
  const body = await api(request);
  if ('id' in body) created.push(body.id);
  if ('error' in theirs && 'error' in body) return { words, bothRefused: true };
  if ('error' in theirs) return { words, disagreement: `Docker refused (${theirs.error}) but we accepted and the engine created it` };
  if ('error' in body) return { words, disagreement: `Docker accepted but our body was refused: ${body.error}` };
  const want = comparable(await inspect(theirs.id));
  const got = comparable(await inspect(body.id));
  if (JSON.stringify(want) !== JSON.stringify(got)) return { words, disagreement: `containers differ: ${diff(want, got).join('; ')}` };
  if (viaArgv) {
    const argv = createArgs(mine.model).filter((a) => a !== '--' && a !== IMAGE);
    const again = await cli(docker, [...argv, '--', IMAGE]);
    if ('error' in again) return { words, disagreement: `our argv ${JSON.stringify(argv)} was refused by the CLI: ${again.error}` };
    created.push(again.id);
    const viaCli = comparable(await inspect(again.id));
    if (JSON.stringify(viaCli) !== JSON.stringify(want)) return { words, disagreement: `our argv ${JSON.stringify(argv)} made another container: ${diff(want, viaCli).join('; ')}` };
  }
  let policyAllowed = true;
  try {
    checkPolicy(specOf(words), DEFAULT_POLICY, { allocatedPorts: [], wired: false, host: HOST, engine });
  } catch {
    policyAllowed = false;
  }
  const forbiddenFound = policyAllowed ? forbidden(await inspect(theirs.id)) : [];
  return { words, policyAllowed, forbiddenFound };
}

async function judgeAll(docker: string, lists: string[][], viaArgv: boolean): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (let i = 0; i < lists.length; i += 4) {
    out.push(...(await Promise.all(lists.slice(i, i + 4).map((w) => judge(docker, w, viaArgv)))));
    if (created.length > 200) await removeAll();
  }
  return out;
}

function report(name: string, verdicts: Verdict[]): void {
  const count = (p: (v: Verdict) => boolean) => verdicts.filter(p).length;
  process.stdout.write(
    `differential ${name}: ${verdicts.length} lists, ${count((v) => v.policyAllowed !== undefined)} created alike, ${count((v) => !!v.bothRefused)} refused by both, ` +
      `${count((v) => !!v.refusedConservatively)} refused by us only, ${count((v) => !!v.disagreement)} disagreements, ` +
      `${count((v) => v.policyAllowed === true)} allowed by the default policy\n`,
  );
}

describe.each(CLIS)('options read as the Docker CLI %s reads them', (docker) => {
  it('hand-written forms: the same container or both refuse; our argv makes it again', async () => {
    const verdicts = await judgeAll(
      docker,
      handCases(fixture).map((c) => c.words),
      true,
    );
    report(`${docker} hand-written`, verdicts);
    expect(verdicts.filter((v) => v.disagreement).map((v) => `${JSON.stringify(v.words)}: ${v.disagreement}`)).toEqual([]);
    // Forms Docker takes that we must take too (not merely refuse).
    const repeats = repeatCases(fixture);
    const harmless = [
      ...repeats.filter((c) => c.last === 'harmless').map((c) => c.name),
      ...defaultCases(fixture).map((c) => c.name),
      'replaced string value not validated',
      'replaced swappiness out of range',
    ];
    // --cgroupns host is the engine's own default on a cgroup v1 host only.
    if (engine.cgroupns === 'host') harmless.push('cgroupns host', 'cgroupns private then host');
    const mustAccept = [
      'separate value',
      'attached value',
      'long = form',
      'boolean values',
      'repeats accumulate',
      'memory units',
      'integers with bases',
      'publish forms',
      'healthcheck',
      'mount bind',
      ...harmless,
    ];
    const byName = new Map(handCases(fixture).map((c, i) => [c.name, verdicts[i]]));
    for (const n of mustAccept) expect([n, byName.get(n)?.refusedConservatively]).toEqual([n, undefined]);
    expect(verdicts.flatMap((v) => v.forbiddenFound ?? [])).toEqual([]);
    // Created by the engine and allowed by the default policy: a repeat whose
    // last value is harmless, a value the engine has anyway.
    expect(harmless.filter((n) => byName.get(n)?.policyAllowed !== true)).toEqual([]);
    // A repeat whose last value is hostile is refused, whether the engine created it or refused it too.
    expect(repeats.filter((c) => c.last === 'hostile' && byName.get(c.name)?.policyAllowed === true).map((c) => c.name)).toEqual([]);
    expect(repeats.filter((c) => c.last === 'hostile' && byName.get(c.name)?.policyAllowed === false).length).toBeGreaterThanOrEqual(8);
  }, 600_000);

  it(`${COUNT} generated lists (seed ${SEED}): no disagreement, and nothing forbidden in what the policy allows`, async () => {
    const r = rng(SEED);
    const lists = Array.from({ length: docker === CLIS[0] ? COUNT : Math.ceil(COUNT / 4) }, () => generateCase(r, fixture));
    const verdicts = await judgeAll(docker, lists, false);
    report(`${docker} generated`, verdicts);
    expect(
      verdicts
        .filter((v) => v.disagreement)
        .slice(0, 10)
        .map((v) => `${JSON.stringify(v.words)}: ${v.disagreement}`),
    ).toEqual([]);
    expect(verdicts.filter((v) => (v.forbiddenFound ?? []).length > 0).map((v) => `${JSON.stringify(v.words)}: ${v.forbiddenFound?.join(', ')}`)).toEqual([]);
    // The generator must really exercise both outcomes.
    expect(verdicts.filter((v) => v.policyAllowed !== undefined).length).toBeGreaterThan(lists.length / 5);
    expect(verdicts.filter((v) => v.bothRefused).length).toBeGreaterThan(lists.length / 20);
  }, 3_000_000);
});
