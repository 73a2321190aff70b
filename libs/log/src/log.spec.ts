import { createLogger } from './log';

function capture(level: 'DEBUG' | 'INFO' | 'WARNING' = 'INFO') {
  const lines: string[] = [];
  const log = createLogger({ program: 'deimos-test', console: level, write: (l) => lines.push(l) });
  return { log, lines };
}

describe('logger', () => {
  it('drops lines below the console level', () => {
    const { log, lines } = capture('INFO');
    log.debug('hidden');
    log.info('shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/deimos-test\[\d+\] INFO shown\n$/);
  });
  it('puts the Mesos container id on every line of a container logger', () => {
    const { log, lines } = capture();
    log.withContainer('abc-123').warn('stopping');
    expect(lines[0]).toContain('WARNING [abc-123] stopping');
  });
});
