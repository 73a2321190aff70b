import type { Ipv4Range } from './ipv4';
import type { MIDONET_KEYS, SchemaSections, SectionValues } from './schema';

/** Python logging's level names, as the reference wrote them. */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

/** A `[docker]` value: `--key value`, a bare `--key` (true) or nothing (false), or the option repeated. */
export type DockerOptionValue = string | boolean | readonly string[];

/** `[docker]`: global docker options in file order, keys as written. */
export type DockerGlobalOptions = Readonly<Record<string, DockerOptionValue>>;

/** One `[midonet] reserved` item: an address (first = last) or a range, both ends included. */
export type MidonetReservedRange = Ipv4Range;

/** How a container's interface is bound to its MidoNet port. */

export type MidonetAttach = { readonly mode: 'agent' } | { readonly mode: 'mm-dpctl' } | { readonly mode: 'bridge'; readonly bridge: string };

export type MidonetApiVersion = '2015' | '5';

/** Where the MidoNet settings came from. */
export type MidonetSource =
  /** A `[midonet]` section in the deimos configuration file. */
  | { readonly kind: 'section'; readonly file: string; readonly line: number }
  /** The reference's sources: `~/.midonetrc` `[cli]`, overridden by `MIDO_*` variables (named in `env`). */
  | { readonly kind: 'legacy'; readonly midonetrc?: string; readonly env: readonly string[] };

/** The `[midonet]` keys, camel-cased; see `MIDONET_KEYS` for their types and defaults. */
export type MidonetSettings = SectionValues<typeof MIDONET_KEYS>;

export interface MidonetConfig extends MidonetSettings {
  /** `tenant` from `~/.midonetrc` or `MIDO_TENANT`; the section has no such key. */
  readonly tenant?: string;
  readonly source: MidonetSource;
}

/**
 * The effective configuration. Every fixed section is a property named by
 * camel-casing the section (`[docker.index]` -> `dockerIndex`), holding its
 * keys camel-cased (`account_libmesos` -> `accountLibmesos`); see `SECTIONS`.
 */
export interface DeimosConfig extends SchemaSections {
  /** `[docker]`: global options, turned into argv by `dockerGlobalArgs`. */
  readonly docker: DockerGlobalOptions;
  /**
   * `undefined` when nothing configures MidoNet. Without a `[midonet]`
   * section this reads `~/.midonetrc` and `MIDO_*` on first access, so
   * loading stays cheap where MidoNet is not used; a broken `~/.midonetrc`
   * throws its `ConfigError` here, not from `loadConfig`.
   */
  readonly midonet: MidonetConfig | undefined;
}

export type DockerIndexConfig = DeimosConfig['dockerIndex'];
export type DockerTimeoutsConfig = DeimosConfig['dockerTimeouts'];
export type ContainersConfig = DeimosConfig['containers'];
export type ContainersImageConfig = DeimosConfig['containersImage'];
export type ContainersOptionsConfig = DeimosConfig['containersOptions'];
export type HooksConfig = DeimosConfig['hooks'];
export type UrisConfig = DeimosConfig['uris'];
export type LogConfig = DeimosConfig['log'];
export type StateConfig = DeimosConfig['state'];
export type RecoverConfig = DeimosConfig['recover'];

export interface LoadedConfig {
  readonly config: DeimosConfig;
  /** The file read, or undefined when none was found and defaults apply. */
  readonly source: string | undefined;
  /** The paths looked at, in order (only the `DEIMOS_CONFIG` path when it is set). */
  readonly searched: readonly string[];
}

export interface LoadConfigOptions {
  /** Default `process.env`. Supplies `DEIMOS_CONFIG`, `HOME` and `MIDO_*`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Resolves `./deimos.cfg` and a relative `DEIMOS_CONFIG`. Default `process.cwd()`. */
  readonly cwd?: string;
  /** For `~/.deimos` and `~/.midonetrc`. Default `$HOME`, else `os.homedir()`. */
  readonly home?: string;
  /** Replaces the built-in search list (`DEIMOS_CONFIG` still wins). */
  readonly searchPath?: readonly string[];
  /** Picks the console log default. Default: is fd 2 a terminal (`isTerminal`). */
  readonly isTTY?: boolean;
}
