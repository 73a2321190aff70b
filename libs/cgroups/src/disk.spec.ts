import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { diskCacheFresh, formatDiskCache, parseDiskCache, sandboxDisk, walkDiskUsage, type DiskStore } from './disk';

describe('walkDiskUsage', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(join(os.tmpdir(), 'd18-disk-'));
    outside = fs.mkdtempSync(join(os.tmpdir(), 'd18-outside-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('counts allocated blocks of nested files, a hard link once, and never follows a link', () => {
    fs.mkdirSync(join(dir, 'a/b'), { recursive: true });
    fs.writeFileSync(join(dir, 'a/b/one'), Buffer.alloc(1024 * 1024, 1));
    fs.linkSync(join(dir, 'a/b/one'), join(dir, 'a/hard'));
    fs.writeFileSync(join(outside, 'big'), Buffer.alloc(4 * 1024 * 1024, 1));
    fs.symlinkSync(outside, join(dir, 'escape'));
    // A sparse file: 8 MiB long, nothing allocated but its last block.
    const fd = fs.openSync(join(dir, 'sparse'), 'w');
    fs.writeSync(fd, 'x', 8 * 1024 * 1024 - 1);
    fs.closeSync(fd);

    const w = walkDiskUsage(dir);
    expect(w.complete).toBe(true);
    expect(w.entries).toBe(6); // a, a/b, a/b/one, a/hard, escape, sparse
    expect(w.bytes).toBeGreaterThanOrEqual(1024 * 1024);
    expect(w.bytes).toBeLessThan(2 * 1024 * 1024); // not the link target, not the hard link twice, not the sparse length
  });

  it('stops at the entry cap and says the result is partial', () => {
    for (let i = 0; i < 20; i++) fs.writeFileSync(join(dir, `f${i}`), 'x');
    const w = walkDiskUsage(dir, { maxEntries: 5 });
    expect(w).toMatchObject({ entries: 5, complete: false });
  });

  it('gives 0 for a directory that does not exist', () => {
    expect(walkDiskUsage(join(dir, 'missing'))).toEqual({ bytes: 0, entries: 0, complete: true });
  });
});

describe('the disk cache record', () => {
  it('round-trips and is fresh only within its age, never from the future', () => {
    const r = parseDiskCache(`${formatDiskCache({ bytes: 5242880, atMs: 1000 })}\n`);
    expect(r).toEqual({ bytes: 5242880, atMs: 1000 });
    expect(diskCacheFresh(r, 3000, 5000)).toBe(true);
    expect(diskCacheFresh(r, 6000, 5000)).toBe(false);
    expect(diskCacheFresh(r, 999, 5000)).toBe(false);
  });

  it('reads anything malformed as no record', () => {
    expect(parseDiskCache(undefined)).toBeUndefined();
    expect(parseDiskCache('12')).toBeUndefined();
    expect(parseDiskCache('-1 5')).toBeUndefined();
  });
});

describe('sandboxDisk: what usage reports of the sandbox', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(join(os.tmpdir(), 'd18-sbx-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  function store(files: Record<string, string>, link = join(dir, 'fs')): DiskStore & { files: Record<string, string> } {
    return { sandboxLink: link, files, read: (n) => files[n], write: (n, v) => void (files[n] = v) };
  }
  it('walks the sandbox through its link, caches the size, and reports the recorded limit', () => {
    const sandbox = join(dir, 'sandbox');
    fs.mkdirSync(sandbox);
    fs.writeFileSync(join(sandbox, 'data'), Buffer.alloc(256 * 1024, 1));
    fs.symlinkSync(sandbox, join(dir, 'fs'));
    const s = store({ 'disk-limit': String(1 << 30) });
    const first = sandboxDisk(s, 1000);
    expect(first.diskLimitBytes).toBe(1 << 30);
    expect(first.diskUsedBytes).toBeGreaterThanOrEqual(256 * 1024);
    expect(parseDiskCache(s.files['disk-used'])).toEqual({ bytes: first.diskUsedBytes, atMs: 1000 });
    fs.writeFileSync(join(sandbox, 'more'), Buffer.alloc(256 * 1024, 1));
    expect(sandboxDisk(s, 1000 + 4999).diskUsedBytes).toBe(first.diskUsedBytes); // cached
    expect(sandboxDisk(s, 1000 + 5001).diskUsedBytes).toBeGreaterThanOrEqual(512 * 1024); // walked again
  });
  it('reports no used bytes without a sandbox, and ignores a limit that is not a positive integer', () => {
    expect(sandboxDisk(store({ 'disk-limit': 'x', 'disk-used': formatDiskCache({ bytes: 5, atMs: 0 }) }), 1)).toEqual({});
    expect(sandboxDisk(store({ 'disk-limit': '-1' }), 1)).toEqual({});
  });
});
