export { TEST_IMAGE, TEST_IMAGE_URL, REPO_ROOT, STANDIN_LIBEXEC, builtBinary, copyBuilt, TestBed, eventually, pollWithin, ourLinks } from './testing';
export type { BuiltBinary } from './testing';
export { FakeEngine, ourContainer } from './fake-engine';
