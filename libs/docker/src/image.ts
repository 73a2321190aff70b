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

/** Docker Hub as image references name it. */
export const DOCKER_HUB = 'docker.io';

/**
 * Split a reference into its registry host and the rest, the way Docker
 * reads names (distribution/reference normalize.go, splitDockerDomain): the
 * part before the first "/" is a host only when it contains "." or ":", is
 * "localhost", or has upper-case letters; otherwise the image is on Docker
 * Hub. The legacy "index.docker.io" is Docker Hub too.
 */
export function splitRegistry(ref: string): { host: string; explicit: boolean; remainder: string } {
  const slash = ref.indexOf('/');
  const first = slash < 0 ? '' : ref.slice(0, slash);
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { host: DOCKER_HUB, explicit: false, remainder: ref };
  }
  return { host: first === 'index.docker.io' ? DOCKER_HUB : first, explicit: true, remainder: ref.slice(slash + 1) };
}

/**
 * `[docker.index]`: an image without a registry host is pulled from `index`
 * (`busybox` -> `quay.io/busybox`), and one without a namespace gets
 * `account/` first (`busybox` -> `quay.io/mycompany/busybox`). Images that
 * name their registry are left alone.
 */
export function qualifyImage(ref: string, index: { index?: string; account?: string }): string {
  const { explicit, remainder } = splitRegistry(ref);
  if (explicit) return ref;
  const name = remainder.split(/[:@]/)[0];
  const withAccount = index.account && !name.includes('/') ? `${index.account}/${remainder}` : remainder;
  return index.index ? `${index.index}/${withAccount}` : withAccount;
}

/**
 * Name and tag as the Engine API's `POST /images/create` takes them: the
 * digest goes in `tag` for a digested reference, and a bare name means
 * "latest" (moby client/image_pull.go, getAPITagFromNamedRef).
 */
export function pullParams(ref: string): { fromImage: string; tag: string } {
  const at = ref.indexOf('@');
  if (at >= 0) return { fromImage: stripTag(ref.slice(0, at)), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return { fromImage: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { fromImage: ref, tag: 'latest' };
}

function stripTag(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}
