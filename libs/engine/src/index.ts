export { DockerClient, engineDown } from './client';
