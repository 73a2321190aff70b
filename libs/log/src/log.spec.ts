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

describe('the logger as the last line of defence', () => {
  it('writes every message on one line, with no control character but tab left raw', () => {
    const { log, lines } = capture();
    log.withContainer('c1').info('value "x\u0000y" then\n2024-01-01T00:00:00.000Z deimos-containerizer[1] INFO forged\u001b[2K\r\ttab');
    expect(lines).toHaveLength(1);
    const body = lines[0].slice(0, -1);
    expect(body).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(body).toContain('INFO [c1] value "x\\u0000y" then\\n2024-01-01T00:00:00.000Z deimos-containerizer[1] INFO forged\\u001b[2K\\r\ttab');
  });
});
