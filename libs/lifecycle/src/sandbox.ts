import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DeimosError } from '@deimos/errors';
import type { UriSpec } from '@deimos/docker';
import type { Logger } from '@deimos/log';
import { run } from '@deimos/process';

const SANE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function basenameOf(uri: string): string {
  const noQuery = uri.replace(/[?#].*$/, '');
  const base = path.posix.basename(noQuery);
  if (!base || base === '.' || base === '..' || base === '/') throw new DeimosError('FETCH', `URI "${uri}" names no file`);
  return base;
}

function archiveKind(file: string): 'tar' | 'zip' | undefined {
  if (/\.(tgz|tar\.gz|tar\.bz2|tbz2|tar\.xz|txz|tar)$/.test(file)) return 'tar';
  if (/\.zip$/.test(file)) return 'zip';
  return undefined;
}

/**
 * Fetch the task's URIs into the sandbox: curl for http(s)/ftp, aws for
 * s3, a copy for local paths; then chmod +x and unpack as asked. A failure
 * names the URI.
 */
export async function fetchUris(uris: readonly UriSpec[], sandbox: string, opts: { unpack: boolean; timeoutMs: number; log: Logger }): Promise<void> {
  for (const uri of uris) {
    const name = basenameOf(uri.value);
    const dest = path.join(sandbox, name);
    try {
      if (/^(https?|ftp):\/\//.test(uri.value)) {
        await run(['curl', '-sSfL', '--max-time', String(Math.ceil(opts.timeoutMs / 1000)), '-o', dest, uri.value], { timeoutMs: opts.timeoutMs + 5000, log: opts.log });
      } else if (uri.value.startsWith('s3://')) {
        await run(['aws', 's3', 'cp', uri.value, dest], { timeoutMs: opts.timeoutMs, log: opts.log });
      } else {
        const src = uri.value.startsWith('file://') ? uri.value.slice('file://'.length) : uri.value;
        fs.copyFileSync(src, dest);
      }
      if (uri.executable) fs.chmodSync(dest, 0o755);
      const kind = archiveKind(name);
      if (opts.unpack && uri.extract && kind && !uri.executable) {
        if (kind === 'tar') await run(['tar', '-C', sandbox, '-xf', dest], { timeoutMs: opts.timeoutMs, log: opts.log });
        else await run(['unzip', '-o', '-q', dest, '-d', sandbox], { timeoutMs: opts.timeoutMs, log: opts.log });
      }
    } catch (err) {
      throw new DeimosError('FETCH', `could not fetch ${uri.value} into the sandbox: ${(err as Error).message}`, { cause: err });
    }
  }
}

/**
 * Start a hook (fire and forget): a sane PATH, the task's environment, a
 * time limit through timeout(1), output discarded, in its own session so it
 * outlives us.
 */
export function startHook(argv: readonly string[], env: ReadonlyArray<readonly [string, string]>, timeoutMs: number, log: Logger): void {
  if (argv.length === 0) return;
  const hookEnv: Record<string, string> = { PATH: SANE_PATH };
  for (const [k, v] of env) hookEnv[k] = v;
  log.info(`hook // ${argv.join(' ')}`);
  try {
    const child = spawn('timeout', ['-k', '5', String(Math.max(1, Math.ceil(timeoutMs / 1000))), ...argv], {
      env: hookEnv,
      detached: true,
      stdio: 'ignore',
    });
    child.on('error', (e) => log.warn(`hook could not start: ${e.message}`));
    child.unref();
  } catch (err) {
    log.warn(`hook could not start: ${(err as Error).message}`);
  }
}
