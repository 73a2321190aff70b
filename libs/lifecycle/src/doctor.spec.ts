import { inotifyRoom, renderDoctor } from './doctor';

describe('doctor: inotify room for observers', () => {
  it('is fine with room for 64 or more observers', () => {
    expect(inotifyRoom(1024, 12)).toEqual({ status: 'ok', detail: '12 of 1024 instances in use: room for 1012 more observers' });
    expect(inotifyRoom(128, 64).status).toBe('ok');
  });
  it('warns, with the sysctl to raise, when fewer remain', () => {
    const r = inotifyRoom(128, 100);
    expect(r.status).toBe('warn');
    expect(r.detail).toBe('100 of 128 instances in use: room for 28 more observers; more command tasks than that are noticed ending within 1 s, not at once');
    expect(renderDoctor([{ check: 'inotify', ...r }])).toContain('(fix: raise it, e.g. sysctl fs.inotify.max_user_instances=1024');
  });
  it('never reports negative room', () => {
    expect(inotifyRoom(128, 140).detail).toContain('room for 0 more observers');
  });
});
