import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '@deimos/config';
import { DeimosError } from '@deimos/errors';
import { planNetwork } from './network';

describe('planNetwork: [midonet] task_addresses', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deimos-network-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const configWith = (extra: string) => {
    const file = path.join(dir, 'deimos.cfg');
    fs.writeFileSync(file, `[midonet]\napi_url: http://127.0.0.1:9/midonet-api\nhost_id: 5c0a1bc4-2d9f-4c1e-9a73-6f0e1d2c3b4a\n${extra}`);
    return { config: loadConfig({ env: { DEIMOS_CONFIG: file }, isTTY: false }).config };
  };
  const bridge = ['MIDONET_BRIDGE_ID', '7c9a0a3e-1d55-4c2b-8f0e-0d7e5b1a2c3d'] as const;

  it('lets a task name its address by default, bare or with a prefix', () => {
    const rt = configWith('');
    expect(planNetwork(rt, 'c1', [bridge, ['MIDONET_IP_ADDRESS', '198.18.7.9/24']])?.address).toBe('198.18.7.9');
    expect(planNetwork(rt, 'c1', [bridge, ['MIDONET_IP_ADDRESS', '198.18.7.9']])?.address).toBe('198.18.7.9');
  });

  it('refuses a task that names its address when task_addresses is false, naming variable and key', () => {
    const rt = configWith('task_addresses: false\n');
    for (const value of ['198.18.7.9/24', '198.18.7.9']) {
      const err = (() => {
        try {
          planNetwork(rt, 'c1', [bridge, ['MIDONET_IP_ADDRESS', value]]);
          return undefined;
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(DeimosError);
      expect((err as Error).message).toBe("the task sets MIDONET_IP_ADDRESS but [midonet] task_addresses is false: addresses come from the bridge's DHCP pool");
    }
    // Without an address the task gets one from the pool: planned as usual.
    expect(planNetwork(rt, 'c1', [bridge])?.bridgeId).toBe(bridge[1]);
  });
});
