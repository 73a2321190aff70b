/** What a redacted value is printed as. */
export const REDACTED = '<redacted>';

// Key names whose values are never printed, wherever they appear.
const SECRET_KEY = /pass(word|wd)?|token|secret|credential|api_?key/i;

// scheme://userinfo@ : the userinfo runs to the last "@" before the path, so
// an unencoded "@" inside a password does not leave its tail visible.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/gi;

/** True when a key's value is a secret by its name (password, token, ...). */
export function isSecretKey(name: string): boolean {
  return SECRET_KEY.test(name);
}

/** Replace credentials embedded in URLs: `http://user:pw@host` -> `http://<redacted>@host`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, `$1${REDACTED}@`);
}
