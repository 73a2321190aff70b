import { archiveProblem, localPathAllowed, memberPrefixes, parseTarListing, parseZipListing, type ArchiveMember } from './fetch-rules';

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

describe('parseZipListing', () => {
  // unzip -Z output of archives made with zip -y (Info-ZIP 3.0, UnZip 6.0).
  const HEAD = ['Archive:  a.zip', 'Zip file size: 14562 bytes, number of entries: 4'];
  it('reads files, names with spaces, directories and set-id bits', () => {
    const text = [
      ...HEAD,
      '-rw-r--r--  3.0 unx        3 tx stor 26-Dec-07 18:34 d/f',
      '-rw-r--r--  3.0 unx        2 tx stor 26-Dec-07 18:34 sp ace',
      '-rwsr-xr-x  3.0 unx    35664 bx defN 26-Dec-07 18:34 suid',
      'drwxr-xr-x  3.0 unx        0 bx stor 26-Dec-07 18:34 d/',
      '4 files, 35669 bytes uncompressed, 13998 bytes compressed:  60.8%',
    ].join('\n');
    expect(parseZipListing(text)).toEqual({
      members: [
        { type: 'file', name: 'd/f', setId: false },
        { type: 'file', name: 'sp ace', setId: false },
        { type: 'file', name: 'suid', setId: true },
        { type: 'dir', name: 'd/', setId: false },
      ],
    });
  });

  it('refuses a symbolic link member (its target is not listed), naming it', () => {
    const text = [...HEAD, 'lrwxrwxrwx  3.0 unx       11 bx stor 26-Dec-07 18:34 lnk', '1 file, 11 bytes uncompressed, 11 bytes compressed:  0.0%'].join('\n');
    expect(parseZipListing(text)).toEqual({ refused: 'member "lnk" is a symbolic link (refused in zip archives)' });
  });

  it("returns a line it cannot read, and the members it read go through archiveProblem like tar's", () => {
    expect(parseZipListing([...HEAD, 'garbage line'].join('\n'))).toEqual({ bad: 'garbage line' });
    const escape = parseZipListing([...HEAD, '-rw-r--r--  3.0 unx        3 tx stor 26-Dec-07 18:34 ../../etc/cron.d/x'].join('\n'));
    expect('members' in escape && archiveProblem(escape.members)).toMatch(/\.\./);
  });
});
