import { archiveProblem, localPathAllowed, memberPrefixes, parseTarListing, type ArchiveMember } from './fetch-rules';

const file = (name: string, setId = false): ArchiveMember => ({ type: 'file', name, setId });
const link = (name: string, target: string): ArchiveMember => ({ type: 'symlink', name, target, setId: false });

describe('localPathAllowed', () => {
  it('allows a path in or equal to an allowed directory', () => {
    expect(localPathAllowed('/srv/a/f', ['/srv/a'])).toBe(true);
    expect(localPathAllowed('/srv/a', ['/srv/a'])).toBe(true);
    expect(localPathAllowed('/srv/a/b/c', ['/x', '/srv/a'])).toBe(true);
  });
  it('refuses a sibling with the same prefix, and everything when none is allowed', () => {
    expect(localPathAllowed('/srv/ab/f', ['/srv/a'])).toBe(false);
    expect(localPathAllowed('/etc/shadow', ['/srv/a'])).toBe(false);
    expect(localPathAllowed('/srv/a/f', [])).toBe(false);
  });
  it('allows everything under / when / is listed', () => {
    expect(localPathAllowed('/etc/passwd', ['/'])).toBe(true);
  });
});

describe('parseTarListing', () => {
  it('reads files, directories, links and hard links from C-quoted names', () => {
    const text = [
      'drwxr-xr-x root/root         0 2026-12-05 07:16 "a/"',
      'lrwxrwxrwx root/root         0 2026-12-05 07:16 "a/l -> nk" -> "/etc"',
      '-rwsr-xr-x root/root         3 2026-12-05 07:16 "a/h\\nx"',
      'hrw-r--r-- root/root         0 2026-12-05 07:16 "a/f" link to "a/h"',
      '-rw-r-Sr-- 0/0               3 2026-12-05 07:16 "caf\\303\\251"',
    ].join('\n');
    const r = parseTarListing(text);
    expect(r).toEqual({
      members: [
        { type: 'dir', name: 'a/', target: undefined, setId: false },
        { type: 'symlink', name: 'a/l -> nk', target: '/etc', setId: false },
        { type: 'file', name: 'a/h\nx', target: undefined, setId: true },
        { type: 'hardlink', name: 'a/f', target: 'a/h', setId: false },
        { type: 'file', name: 'caf\u00e9', target: undefined, setId: true },
      ],
    });
  });
  it('names a line it cannot read', () => {
    expect(parseTarListing('garbage line')).toEqual({ bad: 'garbage line' });
    const notUtf8 = '-rw-r--r-- 0/0 3 2026-12-05 07:16 "x\\377"';
    expect(parseTarListing(notUtf8)).toEqual({ bad: notUtf8 });
  });
});

describe('archiveProblem', () => {
  it('accepts plain members and links that stay inside', () => {
    expect(archiveProblem([file('a/b'), link('a/c', 'b'), link('d', 'a/../a/b'), { type: 'hardlink', name: 'e', target: 'a/b', setId: false }])).toBeUndefined();
  });
  it('refuses absolute names and ".." components', () => {
    expect(archiveProblem([file('/etc/passwd')])).toMatch(/"\/etc\/passwd" is absolute/);
    expect(archiveProblem([file('a/../../x')])).toMatch(/"a\/..\/..\/x"/);
    expect(archiveProblem([file('a/..')])).toMatch(/\.\./);
  });
  it('refuses links whose target leaves the sandbox', () => {
    expect(archiveProblem([link('x', '/some/host/dir')])).toMatch(/symlink "x" points to "\/some\/host\/dir"/);
    expect(archiveProblem([link('a/x', '../../etc')])).toMatch(/outside the sandbox/);
    expect(archiveProblem([link('a/x', '../b')])).toBeUndefined();
    expect(archiveProblem([{ type: 'hardlink', name: 'h', target: '/etc/shadow', setId: false }])).toMatch(/hard link "h"/);
  });
  it('refuses a member below a symlink of the same archive, and special files', () => {
    expect(archiveProblem([link('a', 'b'), file('a/x')])).toMatch(/below a symlink/);
    expect(archiveProblem([{ type: 'other', name: 'dev', setId: false }])).toMatch(/special/);
  });
  it('leaves set-id bits to the caller', () => {
    expect(archiveProblem([file('suid', true)])).toBeUndefined();
  });
});

describe('memberPrefixes', () => {
  it('lists each directory above a member and the member', () => {
    expect(memberPrefixes('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
    expect(memberPrefixes('./a//b/')).toEqual(['a', 'a/b']);
    expect(memberPrefixes('/abs')).toEqual([]);
  });
});
