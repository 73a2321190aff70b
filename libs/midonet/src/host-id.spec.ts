import { parseHostIdProperties } from './host-id';

const UUID = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001';

describe('parseHostIdProperties', () => {
  it('reads the file the agent writes (timestamp comment, then the key)', () => {
    expect(parseHostIdProperties(`#Tue Jul 14 10:12:31 UTC 2015\nhost_uuid=${UUID}\n`)).toBe(UUID);
  });

  it.each([
    ['a trailing blank line', `host_uuid=${UUID}\n\n\n`],
    ['other keys after it', `host_uuid=${UUID}\nother=1\n`],
    ['colon separator', `host_uuid: ${UUID}`],
    ['spaces around =', `host_uuid = ${UUID}   `],
    ['whitespace separator', `host_uuid\t${UUID}`],
    ['leading whitespace and CRLF', `  ! comment\r\n   host_uuid=${UUID}\r\n`],
    ['a line continuation', `host_uuid=9f1c2d3e-4b5a-\\\n    4c6d-8e7f-0a1b2c3d0001`],
    ['an escaped key character', `host\\_uuid=${UUID}`],
  ])('copes with %s', (_what, text) => {
    expect(parseHostIdProperties(text)).toBe(UUID);
  });

  it('takes the last occurrence, as Java Properties does', () => {
    expect(parseHostIdProperties(`host_uuid=old\nhost_uuid=${UUID}`)).toBe(UUID);
  });

  it.each([
    ['an empty file', ''],
    ['only comments', `# host_uuid=${UUID}\n! host_uuid=${UUID}`],
    ['another key', `host_uuid_old=${UUID}`],
    ['an empty value', 'host_uuid=\n'],
  ])('gives undefined for %s', (_what, text) => {
    expect(parseHostIdProperties(text)).toBeUndefined();
  });
});
