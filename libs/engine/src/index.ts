export { DockerClient, engineDown } from './client';
export type { CreateOptions, OwnedContainer, RegistryOptions } from './client';
export { authConfigKey, convertToHostname, encodeRegistryAuth, parseDockerConfig, selectAuth, DOCKER_HUB_KEY } from './registry-auth';
export type { AuthConfig, DockerConfigAuths } from './registry-auth';
