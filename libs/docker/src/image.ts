import { DeimosError } from '@deimos/errors';

// Docker's reference grammar (distribution/reference regexp.go), as the
// engine applies it: a domain (host components, optional port), then path
// components of lower-case letters and digits joined by ".", "_", "__" or
// dashes, then an optional tag and digest. The differential test
// (libs/engine image-differential.int.spec.ts) holds us to the engine.
const DOMAIN = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
/** NameTotalLengthMax: the name without tag and digest. */
const NAME_MAX = 255;

/** Why `ref` is not a reference the engine takes, or undefined. */
function imageRefProblem(ref: string): string | undefined {
  const r = splitReference(ref);
  if (r.digest !== undefined && !DIGEST.test(r.digest)) return 'its digest is not algorithm:hex';
  if (r.tag !== undefined && !TAG.test(r.tag)) return 'its tag is not 1-128 letters, digits, "_", "." or "-", starting with a letter, digit or "_"';
  if (r.explicit && (!DOMAIN.test(r.registry) || (!/[.:]/.test(r.registry) && r.registry !== 'localhost'))) return `its registry host "${r.registry.slice(0, 80)}" is not a host name`;
  if (!r.path.every((c) => PATH_COMPONENT.test(c))) return 'its repository name is not lower-case letters and digits separated by ".", "_", "__" or "-"';
  if (r.name.length > NAME_MAX) return `its name is longer than ${NAME_MAX} characters`;
  return undefined;
}

/** Validate a Docker image reference (`name[:tag][@digest]`, `registry:5000/name`, ...) as the engine would. */
export function validateImageRef(ref: string, field: string): string {
  const problem = ref.length === 0 ? 'it is empty' : imageRefProblem(ref);
  if (problem) {
    throw new DeimosError('INVALID_INPUT', `${field} ${JSON.stringify(ref.slice(0, 200))} is not a valid Docker image reference: ${problem}`, {
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
 * An image reference as the engine reads it (distribution/reference
 * normalize.go, ParseNormalizedNamed): the one reading that both the policy
 * (`allowed_images`) and the pull use, so that what is judged is what is
 * pulled.
 */
export interface ImageRef {
  /** The registry host; Docker Hub is `docker.io` whether named so, as `index.docker.io`, or not at all. */
  registry: string;
  /** Whether the text named its registry. */
  explicit: boolean;
  /** Repository path components; a one-component Docker Hub name gets `library` first, as the engine adds it. */
  path: string[];
  tag?: string;
  digest?: string;
}

/**
 * Split a name into its registry host and the rest, the way Docker does
 * (splitDockerDomain): the part before the first "/" is a host only when it
 * contains "." or ":", is "localhost", or has upper-case letters; otherwise
 * the image is on Docker Hub. The legacy "index.docker.io" is Docker Hub.
 */
function splitDomain(name: string): { registry: string; explicit: boolean; remainder: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0 || (!/[.:]/.test(first) && first !== 'localhost' && first.toLowerCase() === first)) {
    return { registry: DOCKER_HUB, explicit: false, remainder: name };
  }
  return { registry: first === 'index.docker.io' ? DOCKER_HUB : first, explicit: true, remainder: name.slice(slash + 1) };
}

/** Read a (validated) image reference into its parts. */
export function parseImageRef(ref: string): ImageRef {
  const { registry, explicit, path, tag, digest } = splitReference(ref);
  if (registry === DOCKER_HUB && path.length === 1) path.unshift('library');
  return { registry, explicit, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/**
 * The one split of a reference's text (validated or not): the name without
 * tag and digest, its domain (splitDomain), path components, tag, digest.
 */
function splitReference(ref: string): { name: string; registry: string; explicit: boolean; path: string[]; tag?: string; digest?: string } {
  const at = ref.indexOf('@');
  const withTag = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const { registry, explicit, remainder } = splitDomain(withTag);
  const path = remainder.split('/');
  const last = path[path.length - 1];
  const colon = last.indexOf(':');
  const tag = colon >= 0 ? last.slice(colon + 1) : undefined;
  if (colon >= 0) path[path.length - 1] = last.slice(0, colon);
  const name = tag === undefined ? withTag : withTag.slice(0, withTag.length - tag.length - 1);
  return { name, registry, explicit, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/**
 * The registry part of an `allowed_images` prefix entry (`registry:5000/`,
 * `team/`): the same domain rule, applied to the text with its slash.
 */
export function parseImagePrefix(prefix: string): { registry: string; path: string[] } {
  const { registry, remainder } = splitDomain(prefix);
  return { registry, path: remainder.split('/').filter((s) => s !== '') };
}

/**
 * The name as `docker image ls` shows it (reference.FamiliarString): Docker
 * Hub's host and `library/` left out, the tag `latest` when none is named.
 */
export function familiarImageName(ref: ImageRef): string {
  const hub = ref.registry === DOCKER_HUB;
  const path = hub && ref.path[0] === 'library' && ref.path.length === 2 ? ref.path.slice(1) : ref.path;
  const name = [...(hub ? [] : [ref.registry]), ...path].join('/');
  if (ref.digest !== undefined) return `${name}${ref.tag !== undefined ? `:${ref.tag}` : ''}@${ref.digest}`;
  return `${name}:${ref.tag ?? 'latest'}`;
}

/** The registry host and the rest of a reference (parseImageRef's reading), for the pull's credentials. */
export function splitRegistry(ref: string): { host: string; explicit: boolean; remainder: string } {
  const { registry, explicit, remainder } = splitDomain(ref);
  return { host: registry, explicit, remainder };
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
  const { name, tag, digest } = splitReference(ref);
  return { fromImage: name, tag: digest ?? tag ?? 'latest' };
}
