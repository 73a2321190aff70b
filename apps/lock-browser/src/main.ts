import { Command } from 'commander';

declare const DEIMOS_VERSION: string | undefined;
const VERSION = typeof DEIMOS_VERSION === 'string' ? DEIMOS_VERSION : '0.0.0-dev';

const program = new Command('deimos-lock-browser').version(VERSION, '-V, --version').description('not built yet');
void program.parseAsync(process.argv);
