export { TEST_IMAGE, TEST_IMAGE_URL, REPO_ROOT, STANDIN_LIBEXEC, builtBinary, TestBed, eventually } from './testing';
