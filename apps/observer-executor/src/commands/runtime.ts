export { makeRuntime } from '@deimos/lifecycle';
