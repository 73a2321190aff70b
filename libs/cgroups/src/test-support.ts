// Test-only: shared by the specs, not exported from the lib's index.
import { join } from 'node:path';
import { DeimosError } from '@deimos/errors';

/** Recorded v1 trees (hybrid host) and the hand-built v2 tree; see each SOURCE.md. */
export const FIXTURES = join(__dirname, '..', 'fixtures');
/** The recorded containers: A ran with --cpu-shares 512 -m 64m, B with --cpus 0.5. */
export const ID_A = 'eead7aabef5b480b04abc4f49876ea7926dbd83b22634070f145c9cec4ed5734';
export const ID_B = '3c5e99e00e9a5035a59e4f3b933cc4b8ef3bf5271feecbc8dda169427a435d61';

/** The CGROUP error `fn` throws; fails the test when it throws none or another kind. */
export function errorOf(fn: () => unknown): DeimosError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DeimosError);
    expect((err as DeimosError).code).toBe('CGROUP');
    return err as DeimosError;
  }
  throw new Error('expected a CGROUP error');
}
