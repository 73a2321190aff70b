import type { DeimosConfig } from './types';

/**
 * The global options from `[docker]`, to place between `docker` and its
 * subcommand. One-letter keys get one dash, longer keys two; `_` becomes
 * `-`; a list repeats the option once per item; `true` is a bare flag and
 * `false` leaves the option out. File order is kept.
 */
export function dockerGlobalArgs(config: Pick<DeimosConfig, 'docker'>): string[] {
  const args: string[] = [];
  for (const [key, value] of Object.entries(config.docker)) {
    const flag = `${key.length === 1 ? '-' : '--'}${key.replace(/_/g, '-')}`;
    if (value === true) args.push(flag);
    else if (typeof value === 'string') args.push(flag, value);
    else if (Array.isArray(value)) for (const item of value) args.push(flag, item);
  }
  return args;
}
