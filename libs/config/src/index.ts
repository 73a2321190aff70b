export { loadConfig, defaultConfig, defaultSearchPath } from './load';
export { renderConfig } from './render';
export { dockerGlobalArgs } from './docker-args';
export { redactUrlCredentials, isSecretKey, REDACTED } from './redact';
export { parseIpv4, formatIpv4, type Ipv4Range } from './ipv4';
export { UUID_PATTERN } from './uuid';
export type {
  DeimosConfig,
  LoadedConfig,
  LoadConfigOptions,
  LogLevel,
  DockerOptionValue,
  DockerGlobalOptions,
  MidonetAttach,
  MidonetReservedRange,
  MidonetApiVersion,
  MidonetConfig,
  MidonetSettings,
  MidonetSource,
  DockerIndexConfig,
  DockerTimeoutsConfig,
  ContainersConfig,
  ContainersImageConfig,
  ContainersOptionsConfig,
  HooksConfig,
  UrisConfig,
  LogConfig,
  StateConfig,
  RecoverConfig,
} from './types';
