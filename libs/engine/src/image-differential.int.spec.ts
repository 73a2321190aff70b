// Image names read as the engine reads them: each name of a corpus goes to
// validateImageRef and parseImageRef (libs/docker image.ts, the one reading
// that allowed_images and the pull share) and, unchanged, to the real
// engine as a tag of the local test image (`docker tag`, which parses it
// with the engine's reference grammar). Where both accept, the name the
// engine then lists (RepoTags, the familiar form) must be the one we render
// from our reading (familiarImageName), so the registry, repository and tag
// we judge are the ones the engine uses. Where the engine refuses, we must
// refuse too (a name we accept and the engine refuses fails late, after the
// state exists). What we refuse and the engine would take is printed.
import { spawnSync } from 'node:child_process';
import { familiarImageName, parseImageRef, validateImageRef } from '@deimos/docker';

const IMAGE = process.env.DEIMOS_TEST_IMAGE ?? 'deimos-test/busybox:latest';

const CORPUS = [
  'busybox',
  'busybox:1.36',
  'library/busybox:latest',
  'docker.io/library/busybox:2',
  'docker.io/busybox:3',
  'index.docker.io/library/busybox:4',
  'index.docker.io/team/app:5',
  'team/app',
  'team/sub/app:v1.2_3-rc',
  'localhost/app',
  'localhost:5000/app:x',
  'registry.example/app',
  'registry.example:5000/team/app:2',
  'Registry.Example/app',
  'MyRegistry/app',
  'MyRegistry:5000/team/app',
  '127.0.0.1:5000/app',
  'a.b/c/d/e/f:g',
  'app_with__double/x',
  'my-app/x.y_z',
  // Refused by the engine's grammar (and so by us):
  'Busybox',
  'team/App',
  'busybox:',
  ':tag',
  'busy box',
  'busybox::1',
  'team//app',
  'team/app/',
  '-app',
  'app-',
  'app..x',
  'app___x',
  'registry.example:port/app',
  `busybox:${'t'.repeat(129)}`,
  `${'a'.repeat(256)}`,
  'busybox:-tag',
  'busybox:.tag',
  'UPPER.example/app',
];

function engineTag(name: string): { familiar: string[] } | { error: string } {
  const tag = spawnSync('docker', ['tag', IMAGE, name], { encoding: 'utf8', timeout: 30_000 });
  if (tag.status !== 0) return { error: (tag.stderr || `exit ${tag.status}`).trim().split('\n')[0] as string };
  try {
    const tags = spawnSync('docker', ['image', 'inspect', '--format', '{{json .RepoTags}}', name], { encoding: 'utf8', timeout: 30_000 });
    return { familiar: JSON.parse(tags.stdout) as string[] };
  } finally {
    spawnSync('docker', ['rmi', '--no-prune', name], { stdio: 'ignore', timeout: 30_000 });
  }
}

function ours(name: string): { familiar: string } | { error: string } {
  try {
    return { familiar: familiarImageName(parseImageRef(validateImageRef(name, 'image'))) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

it('reads every name of the corpus as the engine does: same verdict, and where accepted the same registry, repository and tag', () => {
  const disagreements: string[] = [];
  const failClosed: string[] = [];
  for (const name of CORPUS) {
    const engine = engineTag(name);
    const mine = ours(name);
    if ('error' in engine && !('error' in mine)) disagreements.push(`${JSON.stringify(name)}: we read ${mine.familiar}, the engine refused: ${engine.error}`);
    else if ('familiar' in engine && 'error' in mine) failClosed.push(JSON.stringify(name));
    else if ('familiar' in engine && 'familiar' in mine && !engine.familiar.includes(mine.familiar)) {
      disagreements.push(`${JSON.stringify(name)}: we read ${mine.familiar}, the engine lists ${engine.familiar.join(', ')}`);
    }
  }
  if (failClosed.length > 0) console.log(`refused by us, taken by the engine (fail closed): ${failClosed.join(' ')}`);
  expect(disagreements).toEqual([]);
}, 300_000);
