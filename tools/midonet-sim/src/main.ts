import { parseArgs } from 'node:util';
import { formatError, exitCodeOf, DeimosError } from '@deimos/errors';
import type { SimRole, SimUser } from './auth';
import { MidonetSimulator, startSimulator, SimulatorOptions } from './simulator';

export { startSimulator };
export type { SimulatorOptions };

export const USAGE = `usage: midonet-sim [options]
  --host ADDR            listen address (default 127.0.0.1)
  --port N               listen port (default 0: pick a free one)
  --base-path PATH       API root path (default /midonet-api)
  --public-base URL      base of the URIs in responses (default http://HOST:PORT/PATH)
  --api 2015|5           behave like MidoNet v2015.06 (default) or 5.x
  --auth mock|strict     token checking (default mock)
  --user NAME:PASS[:ROLE] strict-mode user, repeatable (default admin:admin); ROLE admin|tenant_admin|tenant_user
  --token-ttl MS         strict-mode token lifetime (default 3600000)
  --seed FILE            seed JSON (see seed.example.json)
  --root-redirect        answer the bare base with 302 to base + '/'
  --auto-activate        mark ports active when bound to a live host
  --quiet                no request log on stderr
  -h, --help             this text`;

export interface CliOptions extends SimulatorOptions {
  help: boolean;
  quiet: boolean;
}

const ROLES: readonly SimRole[] = ['admin', 'tenant_admin', 'tenant_user'];

/** Turns argv (without node and script) into simulator options. */
export function parseSimArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'base-path': { type: 'string' },
        'public-base': { type: 'string' },
        api: { type: 'string' },
        auth: { type: 'string' },
        user: { type: 'string', multiple: true },
        'token-ttl': { type: 'string' },
        seed: { type: 'string' },
        'root-redirect': { type: 'boolean' },
        'auto-activate': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new DeimosError('USAGE', (err as Error).message, { hint: 'see midonet-sim --help' });
  }
  const usage = (msg: string): never => {
    throw new DeimosError('USAGE', msg, { hint: 'see midonet-sim --help' });
  };
  const int = (name: string, v: string | undefined, min: number): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) usage(`--${name} must be an integer >= ${min}, got "${v}"`);
    return n;
  };
  const port = int('port', values.port, 0);
  if (port !== undefined && port > 65535) usage(`--port must be <= 65535, got ${port}`);
  if (values.api !== undefined && values.api !== '2015' && values.api !== '5') usage(`--api must be 2015 or 5, got "${values.api}"`);
  if (values.auth !== undefined && values.auth !== 'mock' && values.auth !== 'strict') usage(`--auth must be mock or strict, got "${values.auth}"`);
  const users = values.user?.map((spec): SimUser => {
    const [username, password, role, ...rest] = spec.split(':');
    if (!username || !password || rest.length > 0) usage(`--user wants NAME:PASS[:ROLE], got "${username ?? ''}:..."`);
    if (role !== undefined && !ROLES.includes(role as SimRole)) usage(`--user role must be one of ${ROLES.join(', ')}`);
    return { username: username as string, password: password as string, role: (role as SimRole | undefined) ?? 'admin' };
  });
  if (values['public-base'] !== undefined) {
    try {
      new URL(values['public-base']);
    } catch {
      usage(`--public-base is not a URL: "${values['public-base']}"`);
    }
  }
  return {
    help: values.help ?? false,
    quiet: values.quiet ?? false,
    host: values.host,
    port,
    basePath: values['base-path'],
    publicBaseUri: values['public-base'],
    apiVersion: values.api as SimulatorOptions['apiVersion'],
    auth: { mode: values.auth as 'mock' | 'strict' | undefined, users, tokenTtlMs: int('token-ttl', values['token-ttl'], 1) },
    seed: values.seed,
    rootRedirect: values['root-redirect'] ?? false,
    autoActivate: values['auto-activate'] ?? false,
  };
}

/** CLI entry: prints the base URL on stdout, logs requests on stderr, stops on SIGINT/SIGTERM. */
export async function main(argv: readonly string[]): Promise<number> {
  let sim: MidonetSimulator;
  try {
    const opts = parseSimArgs(argv);
    if (opts.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const log = opts.quiet ? undefined : (line: string): void => void process.stderr.write(`${line}\n`);
    sim = await startSimulator({ ...opts, log });
  } catch (err) {
    process.stderr.write(`midonet-sim: ${formatError(err)}\n`);
    return exitCodeOf(err);
  }
  process.stdout.write(`${sim.baseUri}\n`);
  process.stderr.write(`midonet-sim // listening on ${sim.listenUrl} (api ${sim.apiVersion}, auth ${sim.state().authMode}); stand-in, not MidoNet\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sim.stop();
  return 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
