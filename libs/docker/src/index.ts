export { LABELS, dockerNameFor, labelArgs, ownedFilterArgs } from './labels';
export { DOCKER_HUB, parseImageUrl, parseImageSetting, pullParams, qualifyImage, splitRegistry, validateImageRef } from './image';
export { interpretLaunch, commandArgv, splitOnDoubleSlash } from './interpret';
export type { LaunchSpec, ContainerSettings, PortRange, VolumeSpec, UriSpec } from './interpret';
export {
  buildCreateArgv,
  dockerArgv,
  expandPorts,
  pairPorts,
  cpuShares,
  exposedPortsOf,
  imageCommandOf,
  HOLD_SCRIPT,
  parseContainerInspect,
} from './argv';
export type { CreateContext, ContainerStatus } from './argv';
export { checkPolicy, parseDockerOptions, launchOptions } from './policy';
export type { LaunchPolicy, DockerOption } from './policy';
export { createRequestOf, memoryBytes, nanoCpus } from './create-request';
export type { CreateRequest, CreateBody } from './create-request';
