import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectCgroupVersion, readContainerStats } from '@deimos/cgroups';
import type { LoadedConfig } from '@deimos/config';
import { findMesosExecutor } from './observer';
import type { Runtime } from './runtime';
import { convertToHostname, parseDockerConfig } from '@deimos/engine';
import { MidonetClient, resolveHostId, settingsFromConfig } from '@deimos/midonet';
import { writeFileAtomic } from '@deimos/state';

/** How long the doctor waits for the engine's first answer. */
const DOCKER_CHECK_MS = 15_000;

export type CheckStatus = 'ok' | 'warn' | 'fail';
export interface CheckResult {
  check: string;
  status: CheckStatus;
  detail: string;
  fix?: string;
}

type Check = () => Promise<Omit<CheckResult, 'check'>>;

const ok = (detail: string) => ({ status: 'ok' as const, detail });
const fail = (detail: string, fix: string) => ({ status: 'fail' as const, detail, fix });
const warn = (detail: string, fix: string) => ({ status: 'warn' as const, detail, fix });

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Room for observers' inotify instances (one each; without one an observer
 * checks once a second instead of waking at once): `limit` is
 * fs.inotify.max_user_instances, `inUse` the instances our user holds now.
 */
export function inotifyRoom(limit: number, inUse: number): Omit<CheckResult, 'check'> {
  const free = limit - inUse;
  const detail = `${inUse} of ${limit} instances in use: room for ${Math.max(0, free)} more observers`;
  const fix = 'raise it, e.g. sysctl fs.inotify.max_user_instances=1024 (and in /etc/sysctl.d)';
  return free < 64 ? warn(`${detail}; more command tasks than that are noticed ending within 1 s, not at once`, fix) : ok(detail);
}

/** Inotify instances held by processes of this user (links to anon_inode:inotify). */
function inotifyInstancesInUse(procRoot = '/proc'): number {
  const uid = process.getuid?.();
  let count = 0;
  for (const pid of fs.readdirSync(procRoot).filter((n) => /^\d+$/.test(n))) {
    try {
      if (fs.statSync(path.join(procRoot, pid)).uid !== uid) continue;
      const fdDir = path.join(procRoot, pid, 'fd');
      for (const fd of fs.readdirSync(fdDir)) {
        if (fs.readlinkSync(path.join(fdDir, fd)) === 'anon_inode:inotify') count++;
      }
    } catch {
      /* gone, or not ours to read */
    }
  }
  return count;
}

/**
 * What the configured docker config gives pulls: which registries it has
 * credentials for (never the credentials). Only its owner may read it.
 */
export function registryCredentials(file: string | undefined): Omit<CheckResult, 'check'> {
  if (!file) return ok('no [docker.index] dockercfg: images are pulled without credentials');
  let text: string;
  let mode: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mode = fs.statSync(file).mode & 0o777;
  } catch (err) {
    return fail(`[docker.index] dockercfg ${file} cannot be read: ${(err as Error).message}`, 'fix the path, or remove the key');
  }
  let hosts: string[];
  let helpers = false;
  try {
    const parsed = parseDockerConfig(text, file);
    hosts = [...new Set(parsed.entries.filter(([, a]) => a.username !== undefined || a.identitytoken !== undefined || a.registrytoken !== undefined).map(([k]) => convertToHostname(k)))];
    helpers = parsed.helpers;
  } catch (err) {
    return fail((err as Error).message, 'write it as config.json ({"auths": {...}}) or as a legacy .dockercfg');
  }
  const detail = `${file}: credentials for ${hosts.length > 0 ? hosts.join(', ') : 'no registry'}${helpers ? '; its credential helpers are not run' : ''}`;
  if (mode & 0o077) return warn(`${detail}; readable by others (mode ${mode.toString(8).padStart(4, '0')})`, `chmod 600 ${file}`);
  return hosts.length === 0 ? warn(detail, 'add an "auths" entry for each private registry') : ok(detail);
}

/**
 * The doctor's checks, one line each. Nothing is changed on the host but a
 * probe file in the state root, written and removed.
 */
export async function runDoctor(rt: Runtime, loaded: LoadedConfig, opts: { libexecDir?: string } = {}): Promise<CheckResult[]> {
  const checks: Array<[string, Check]> = [
    ['config', async () => ok(loaded.source ? `${loaded.source} loaded` : `no file found (looked at ${loaded.searched.join(', ')}); defaults apply`)],
    [
      'docker',
      async () => {
        try {
          // A quick answer or none: the doctor does not wait out the command limit (60 s by default).
          return ok(`engine ${await rt.docker.version(DOCKER_CHECK_MS)} answers`);
        } catch (err) {
          return fail(`the Docker engine does not answer: ${(err as Error).message}`, 'start dockerd (systemctl start docker) and check [docker] host options');
        }
      },
    ],
    [
      'cgroups',
      async () => {
        const version = detectCgroupVersion();
        let probe: string;
        try {
          const ids = await rt.docker.ps([], false);
          if (ids.length === 0) return ok(`${version} layout; no running container to read (start a task to check the parsers)`);
          const status = await rt.docker.inspect(ids[0]);
          if (!status) throw new Error(`container ${ids[0].slice(0, 12)} is gone`);
          const s = readContainerStats(status.pid);
          probe = `read container ${ids[0].slice(0, 12)}: cpus_limit ${s.cpusLimit ?? '-'}, mem_total_bytes ${s.memTotalBytes ?? '-'}`;
        } catch (err) {
          return fail(`${version} layout, but a running container's files could not be read: ${(err as Error).message}`, 'run deimos on the host (not in a container) with /sys/fs/cgroup mounted');
        }
        return ok(`${version} layout; ${probe}`);
      },
    ],
    ['registry', async () => registryCredentials(rt.config.dockerIndex.dockercfg)],
    [
      'state',
      async () => {
        const root = rt.root.root;
        try {
          rt.root.ensure();
          const probe = path.join(root, `.doctor-${process.pid}`);
          writeFileAtomic(probe, 'probe\n');
          fs.unlinkSync(probe);
          return ok(`${root} is writable`);
        } catch (err) {
          return fail(`${(err as Error).message}`, 'set [state] root to a writable local directory without ":"');
        }
      },
    ],
    [
      'tools',
      async () => {
        // setpriv, curl and tar: fetching a task's URIs (as its user).
        const tools = ['flock', 'ip', 'nsenter', 'timeout', 'setpriv', 'curl', 'tar'];
        const missing = tools.filter((t) => !process.env.PATH?.split(':').some((d) => isExecutable(path.join(d, t))));
        return missing.length === 0 ? ok(`${tools.join(', ')} found`) : fail(`missing: ${missing.join(', ')}`, 'install util-linux, iproute2, coreutils, curl and tar');
      },
    ],
    [
      'mesos-executor',
      async () => {
        const dir = opts.libexecDir ?? rt.env.MESOS_LIBEXEC_DIRECTORY ?? '/usr/libexec/mesos';
        const file = path.join(dir, 'mesos-executor');
        // Found the way launch finds it.
        return findMesosExecutor({}, { MESOS_LIBEXEC_DIRECTORY: dir }) === file
          ? ok(`${file} found: command tasks get an observer`)
          : warn(`${file} not found: command tasks would run without an observer`, 'pass --libexec-dir, or install Mesos on this agent (the agent sets MESOS_LIBEXEC_DIRECTORY from --launcher_dir)');
      },
    ],
    [
      'inotify',
      async () => {
        const limit = Number(fs.readFileSync('/proc/sys/fs/inotify/max_user_instances', 'utf8').trim());
        return inotifyRoom(limit, inotifyInstancesInUse());
      },
    ],
    [
      'midonet',
      async () => {
        let cfg;
        try {
          cfg = rt.config.midonet;
        } catch (err) {
          return fail((err as Error).message, 'fix ~/.midonetrc or add a [midonet] section');
        }
        if (!cfg) return ok('not configured (tasks with MIDONET_BRIDGE_ID would be refused)');
        try {
          const hostId = resolveHostId(cfg);
          const host = await new MidonetClient(settingsFromConfig(cfg)).getHost(hostId);
          return ok(`API ${cfg.apiUrl} answers; host ${hostId} (${host.name ?? 'no name'}${host.alive === false ? ', agent not alive' : ''})`);
        } catch (err) {
          return fail(`${(err as Error).message}`, 'check [midonet] api_url, credentials and host_id / host_id_file');
        }
      },
    ],
  ];
  const results: CheckResult[] = [];
  for (const [check, fn] of checks) {
    try {
      results.push({ check, ...(await fn()) });
    } catch (err) {
      results.push({ check, status: 'fail', detail: (err as Error).message });
    }
  }
  return results;
}

export function renderDoctor(results: readonly CheckResult[]): string {
  return results.map((r) => `${r.status === 'ok' ? 'ok  ' : r.status === 'warn' ? 'WARN' : 'FAIL'}  ${r.check.padEnd(15)} ${r.detail}${r.fix ? ` (fix: ${r.fix})` : ''}`).join('\n') + '\n';
}
