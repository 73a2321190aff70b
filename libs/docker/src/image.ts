import { DeimosError } from '@deimos/errors';

// A permissive reading of Docker's reference grammar:
// [registry[:port]/]path[:tag][@digest], no whitespace, no "..".
const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*(?::[A-Za-z0-9._-]{1,128})?(?:@[A-Za-z0-9]+:[A-Fa-f0-9]{32,})?$/;

/** Validate a Docker image reference (`name[:tag]`, `registry:5000/name`, ...). */
export function validateImageRef(ref: string, field: string): string {
  const ok = ref.length > 0 && ref.length <= 255 && !ref.includes('..') && !ref.includes('//') && IMAGE_REF.test(ref.replace(/^([^/]+:\d+)\//, 'registry/'));
  if (!ok) {
    throw new DeimosError('INVALID_INPUT', `${field} "${ref.slice(0, 200)}" is not a valid Docker image reference`, {
      hint: 'use name[:tag], e.g. busybox:1.36 or registry.example:5000/team/app:2',
    });
  }
  return ref;
}

/**
 * The old-style image URL: `docker:///name[:tag]` or `docker://name[:tag]`
 * gives `name[:tag]`. Anything else is an error that quotes the text.
 */
export function parseImageUrl(url: string, field = 'container image'): string {
  const m = /^docker:\/\/\/?(.+)$/.exec(url.trim());
  if (!m) {
    throw new DeimosError('INVALID_INPUT', `${field} "${url.slice(0, 200)}" is not a docker:/// URL`, {
      hint: 'write the image as docker:///name[:tag]',
    });
  }
  return validateImageRef(m[1], field);
}

/** A configured default may be a docker:/// URL or a bare reference. */
export function parseImageSetting(value: string, field: string): string {
  return value.startsWith('docker:') ? parseImageUrl(value, field) : validateImageRef(value, field);
}
