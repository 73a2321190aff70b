import { MAX_TASK_ID, parseTaskUser, userText } from './user';

describe('a task user', () => {
  it('reads names, uids and uid:gid, and writes them back in the form Docker reads', () => {
    expect(parseTaskUser('nobody')).toEqual({ kind: 'name', name: 'nobody' });
    expect(parseTaskUser('_svc.web-1')).toEqual({ kind: 'name', name: '_svc.web-1' });
    expect(parseTaskUser('0')).toEqual({ kind: 'ids', uid: 0 });
    expect(parseTaskUser('1000:100')).toEqual({ kind: 'ids', uid: 1000, gid: 100 });
    expect(parseTaskUser(String(MAX_TASK_ID))).toEqual({ kind: 'ids', uid: MAX_TASK_ID });
    expect(userText(parseTaskUser('0001:0100'))).toBe('1:100');
    for (const t of ['nobody', '0', '1000:100', 'A_b.c-d']) expect(userText(parseTaskUser(t))).toBe(t);
  });

  it('refuses what it cannot read the way Docker and setpriv both would, naming it', () => {
    const refused = [
      '',
      'root --privileged',
      ' root',
      'root\n',
      'nobody:nogroup', // name:group: Docker takes it, read from the image's files
      'root:0',
      '0:root',
      '1000:',
      ':1000',
      '0:0:0',
      '-1',
      '-u',
      '1abc',
      '$x',
      'a'.repeat(33),
      String(MAX_TASK_ID + 1), // the engine: "uids and gids must be in range 0-2147483647"
      '4294967296',
      '0:2147483648',
    ];
    for (const t of refused) expect(() => parseTaskUser(t)).toThrow(/is not a user name, uid or uid:gid/);
    expect(() => parseTaskUser('x'.repeat(80))).toThrow(`user "${'x'.repeat(40)}" is not`);
  });
});
