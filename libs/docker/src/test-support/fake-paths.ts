import type { PathFacts, PathStat } from '../binds';

type Entry = { kind: 'dir' | 'file' | 'link'; uid: number; mode: number; target?: string };
const TYPE_BITS = { dir: 0o040000, file: 0o100000, link: 0o120000 } as const;

/**
 * A host file system for the bind rules' tests: directories, files and
 * links with owners and modes, read through the same port as the real one.
 * A parent that was not added is a root-owned 0755 directory. Every lstat
 * is recorded in `looked`.
 */
export class FakePaths implements PathFacts {
  private readonly entries = new Map<string, Entry>();
  readonly looked: string[] = [];

  constructor() {
    this.entries.set('/', { kind: 'dir', uid: 0, mode: 0o755 });
  }

  dir(p: string, over: { uid?: number; mode?: number } = {}): this {
    return this.add(p, { kind: 'dir', uid: over.uid ?? 0, mode: over.mode ?? 0o755 });
  }

  file(p: string, over: { uid?: number; mode?: number } = {}): this {
    return this.add(p, { kind: 'file', uid: over.uid ?? 0, mode: over.mode ?? 0o644 });
  }

  link(p: string, target: string, over: { uid?: number } = {}): this {
    return this.add(p, { kind: 'link', uid: over.uid ?? 0, mode: 0o777, target });
  }

  private add(p: string, e: Entry): this {
    const parent = p.slice(0, p.lastIndexOf('/')) || '/';
    if (!this.entries.has(parent)) this.dir(parent);
    this.entries.set(p, e);
    return this;
  }

  lstat(p: string): PathStat | undefined {
    this.looked.push(p);
    const e = this.entries.get(p);
    return e && { uid: e.uid, mode: TYPE_BITS[e.kind] | e.mode };
  }

  readlink(p: string): string | undefined {
    return this.entries.get(p)?.target;
  }
}
