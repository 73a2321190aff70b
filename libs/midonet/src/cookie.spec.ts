import { sessionIdFromSetCookie } from './cookie';

describe('sessionIdFromSetCookie', () => {
  it.each([
    ['first, with Expires', 'sessionId=abc123; Expires=Wed, 15-07-2015 10:01:00 GMT', 'abc123'],
    ['alone', 'sessionId=999888777666', '999888777666'],
    ['after another attribute', 'Path=/; sessionId=abc123', 'abc123'],
    ['quoted', 'sessionId="abc123"; HttpOnly', 'abc123'],
    ['in a folded header', 'lb=node1; Path=/, sessionId=abc123; Expires=Wed, 15-07-2015 10:01:00 GMT', 'abc123'],
  ])('finds the token %s', (_what, header, token) => {
    expect(sessionIdFromSetCookie(header)).toBe(token);
  });

  it('looks through every Set-Cookie header', () => {
    expect(sessionIdFromSetCookie(['JSESSIONID=zzz; Path=/', 'sessionId=abc123'])).toBe('abc123');
  });

  it.each([
    ['no header', undefined],
    ['another cookie whose name ends the same', 'JsessionId=zzz'],
    ['an empty value', 'sessionId=; Path=/'],
  ])('gives undefined for %s', (_what, header) => {
    expect(sessionIdFromSetCookie(header)).toBeUndefined();
  });
});
