/** The program's name, in logs, errors and --help. */
export const PROGRAM = 'deimos-containerizer';
