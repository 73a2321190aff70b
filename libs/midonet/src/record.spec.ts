import { holdsWiring, pendingIntents, readNetworkRecord, stageOf, unwiredRecord, WIRING_THINGS, type WiringRecord } from './record';

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

const LEASE = {
  hosts: 'http://sim/bridges/78488c47-d1de-4d16-a27a-4e6419dc4f88/dhcp/198.18.7.0_24/hosts',
  subnet: '198.18.7.0/24',
  macAddr: '02:aa:bb:cc:dd:ee',
  ipAddr: '198.18.7.9',
  name: 'deimos:bbbbbbbb-0000-4000-8000-000000000002:c-1',
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
    expect(holdsWiring(readNetworkRecord(JSON.stringify(unwiredRecord(RECORD))))).toBe(false);
  });

  it('reads an unwired record that still names a port, an entry or a stage as wired: something may be left', () => {
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, unwired: true })).kind).toBe('wired');
    expect(readNetworkRecord(JSON.stringify({ ...unwiredRecord(RECORD), stages: { dhcp: 'intent' }, dhcp: LEASE })).kind).toBe('wired');
    expect(readNetworkRecord(JSON.stringify({ ...unwiredRecord(RECORD), stages: {} })).kind).toBe('unwired');
  });

  it('keeps intents apart from what was done, and reads records of earlier releases as all done', () => {
    const midway: WiringRecord = { ...RECORD, bound: false, dhcp: LEASE, stages: { dhcp: 'done', port: 'done', veth: 'intent' } };
    expect(readNetworkRecord(JSON.stringify(midway))).toEqual({ kind: 'wired', record: midway });
    expect(pendingIntents(midway)).toEqual(['veth']);
    expect(stageOf(midway, 'port')).toBe('done');
    expect(stageOf(midway, 'bind')).toBeUndefined();
    expect(pendingIntents({ ...midway, stages: { dhcp: 'intent' } })).toEqual(['dhcp']);
    // No stages: written before intents were recorded; what it names exists.
    expect(WIRING_THINGS.map((t) => stageOf({ ...RECORD, dhcp: LEASE }, t))).toEqual(['done', 'done', 'done', undefined, 'done']);
    expect(pendingIntents(RECORD)).toEqual([]);
  });

  it('is damaged for stages or an entry it cannot read', () => {
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, stages: [] }))).toEqual({ kind: 'damaged', problem: 'stages is not a JSON object' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, stages: { port: 'maybe' } }))).toEqual({ kind: 'damaged', problem: 'stage port is "maybe", not intent or done' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, stages: { disk: 'done' } }))).toEqual({ kind: 'damaged', problem: 'unknown stage "disk"' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, dhcp: { ...LEASE, name: 3 } }))).toEqual({ kind: 'damaged', problem: 'dhcp has no name' });
    expect(readNetworkRecord(JSON.stringify({ ...RECORD, portId: 7 }))).toEqual({ kind: 'damaged', problem: 'a portId that is not text' });
  });
});
