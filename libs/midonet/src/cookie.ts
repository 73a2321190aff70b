// A cookie value never contains ';', ',', '"' or whitespace (RFC 6265
// cookie-octet), so the value ends at the first of those. The pair may stand
// first in a header, after another attribute, or after a comma when a proxy
// folded several Set-Cookie headers into one.
const SESSION_PAIR = /(?:^|[;,])\s*sessionId\s*=\s*"?([^";,\s]*)/g;

/**
 * The `sessionId` token from one or more `Set-Cookie` header values, wherever
 * the pair stands. python-midonetclient assumed it came first; we do not.
 */
export function sessionIdFromSetCookie(header: string | readonly string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const values = typeof header === 'string' ? [header] : header;
  for (const value of values) {
    for (const match of value.matchAll(SESSION_PAIR)) {
      const token = match[1];
      if (token) return token;
    }
  }
  return undefined;
}
