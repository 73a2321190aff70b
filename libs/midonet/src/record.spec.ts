import { holdsWiring, readNetworkRecord, type WiringRecord } from './record';

const RECORD: WiringRecord = {
  containerId: 'c-1',
  bridgeId: '78488c47-d1de-4d16-a27a-4e6419dc4f88',
  portId: 'aaaaaaaa-0000-4000-8000-000000000001',
  hostIf: 'mnh0c1',
  peerIf: 'mnc0c1',
  hostId: 'bbbbbbbb-0000-4000-8000-000000000002',
  bound: true,
  attach: 'agent',
};

describe('the network record, read once', () => {
  it('is none without a file or with an empty one', () => {
    expect(readNetworkRecord(undefined)).toEqual({ kind: 'none' });
    expect(readNetworkRecord('')).toEqual({ kind: 'none' });
    expect(readNetworkRecord('  \n')).toEqual({ kind: 'none' });
  });

  it('is wired, or unwired once the unwiring recorded itself', () => {
    expect(readNetworkRecord(JSON.stringify(RECORD))).toEqual({ kind: 'wired', record: RECORD });
    const undone = { ...RECORD, bound: false, portId: undefined, unwired: true };
    expect(readNetworkRecord(JSON.stringify(undone))).toEqual({ kind: 'unwired', record: { ...undone, portId: undefined } });
    // A record written while wiring was under way (no port yet) is wired: its veth may exist.
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, portId: undefined, bound: false })).kind).toBe('wired');
  });

  it('is damaged for text that is not the record launch wrote, naming what is wrong', () => {
    expect(readNetworkRecord('{"containerId":')).toEqual({ kind: 'damaged', problem: expect.stringMatching(/^not JSON/) });
    expect(readNetworkRecord('[1]')).toEqual({ kind: 'damaged', problem: 'not a JSON object' });
    expect(readNetworkRecord('null')).toEqual({ kind: 'damaged', problem: 'not a JSON object' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, hostIf: 7, bridgeId: undefined }))).toEqual({ kind: 'damaged', problem: 'no bridgeId, hostIf' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, bound: 'yes' }))).toEqual({ kind: 'damaged', problem: 'no bound' });
  });

  it('holds wiring when wired or damaged (one answer for every reader), not when none or unwired', () => {
    expect(holdsWiring(readNetworkRecord(JSON.stringify(RECORD)))).toBe(true);
    expect(holdsWiring(readNetworkRecord('not json'))).toBe(true);
    expect(holdsWiring(readNetworkRecord(undefined))).toBe(false);
    expect(holdsWiring(readNetworkRecord(JSON.stringify({ ...RECORD, unwired: true })))).toBe(false);
  });
});
