import { DeimosError } from '@deimos/errors';

/**
 * Mesos container ids are UUIDs in practice, but the agent passes them
 * through from its own state, so we accept a conservative superset: one path
 * component that is also a valid Docker name suffix. Anything else (a slash,
 * `..`, NUL, spaces, an over-long id) is refused before anything is created:
 * the reference joined the id into paths unchecked.
 */
const CONTAINER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function validateContainerId(id: unknown, field = 'container_id'): string {
  if (typeof id !== 'string' || id.length === 0) {
    throw new DeimosError('INVALID_INPUT', `${field} is missing or empty`, {
      hint: 'the agent always sends a container id; check the frame on stdin',
    });
  }
  if (!CONTAINER_ID.test(id) || id.includes('..')) {
    const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}...` : id);
    throw new DeimosError('INVALID_INPUT', `${field} ${shown} is not a safe container id`, {
      hint: 'use 1-128 characters from A-Z a-z 0-9 . _ - starting with a letter or digit, without ".."',
    });
  }
  return id;
}

/**
 * The one grammar of a Docker container id: 64 lower-case hex digits, as
 * the engine makes them; `abbreviated` also takes a unique prefix of 12 or
 * more (what `docker ps` shows), which the engine resolves too.
 */
export function isDockerId(text: string, form: 'full' | 'abbreviated'): boolean {
  return form === 'full' ? /^[0-9a-f]{64}$/.test(text) : /^[0-9a-f]{12,64}$/.test(text);
}

/** A recorded Docker id (isDockerId, abbreviations allowed), or a STATE error. */
export function validateDockerId(id: string): string {
  const trimmed = id.trim();
  if (!isDockerId(trimmed, 'abbreviated')) {
    throw new DeimosError('STATE', `"${trimmed.slice(0, 80)}" is not a Docker container id`);
  }
  return trimmed;
}
