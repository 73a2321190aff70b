import { exitCodeOf } from '@deimos/errors';
import { parseDuration, parseIsoTime, toRequest } from './options';

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['7d', 604_800_000],
    ['1w', 604_800_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['250ms', 250],
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });
  it.each(['', '2', 'h', '2x', '2h junk', '-1h', '2 h'])('refuses %j as a usage error', (text) => {
    expect(() => parseDuration(text)).toThrow(/not a duration/);
    try {
      parseDuration(text);
    } catch (err) {
      expect(exitCodeOf(err)).toBe(1);
    }
  });
});

describe('parseIsoTime', () => {
  it('reads UTC times, offsets and plain dates', () => {
    expect(parseIsoTime('2026-01-02T03:04:05Z').toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(parseIsoTime('2026-01-02T03:04:05.678+01:00').toISOString()).toBe('2026-01-02T02:04:05.678Z');
    expect(parseIsoTime('2026-01-02').toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
  it.each(['yesterday', '02/01/2026', '2026-13-45T00:00:00Z', '1700000000'])('refuses %j', (text) => {
    expect(() => parseIsoTime(text)).toThrow(/not an ISO 8601 time/);
  });
});

describe('toRequest', () => {
  it('lists ended states before now by default', () => {
    expect(toRequest({}, NOW)).toEqual({ kind: 'sweep', before: NOW, mode: 'list', json: false, quietIfBusy: false });
  });
  it('turns --older-than into a threshold before now', () => {
    const req = toRequest({ olderThan: '2h', rm: true }, NOW);
    expect(req).toMatchObject({ kind: 'sweep', mode: 'rm', before: new Date('2026-03-01T10:00:00.000Z') });
  });
  it('prefers --dry-run over --rm', () => {
    expect(toRequest({ rm: true, dryRun: true }, NOW)).toMatchObject({ mode: 'dry-run' });
  });
  it('refuses --before with --older-than, --repair without --check, and --check with --rm', () => {
    expect(() => toRequest({ before: '2026-01-01', olderThan: '1h' }, NOW)).toThrow(/either --before or --older-than/);
    expect(() => toRequest({ repair: true }, NOW)).toThrow(/--repair needs --check/);
    expect(() => toRequest({ check: true, rm: true, olderThan: '1h' }, NOW)).toThrow('--check does not take --rm, --older-than');
  });
  it('makes a check request', () => {
    expect(toRequest({ check: true, repair: true, json: true }, NOW)).toEqual({ kind: 'check', repair: true, json: true, quietIfBusy: false });
  });
});
