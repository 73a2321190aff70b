export type { CreateOptions, Engine, OwnedContainer } from './engine';
export { DockerClient, engineDown } from './client';
export type { RegistryOptions } from './client';
export { engineFromConfig } from './from-config';
export { authConfigKey, convertToHostname, encodeRegistryAuth, parseDockerConfig, selectAuth, DOCKER_HUB_KEY } from './registry-auth';
export type { AuthConfig, DockerConfigAuths } from './registry-auth';
