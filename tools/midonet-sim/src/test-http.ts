// Test helper (not exported from the index): one raw HTTP exchange on loopback.
import * as http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers };
    if (opts.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    const req = http.request(url, { method: opts.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export function json<T = Record<string, unknown>>(res: RawResponse): T {
  return JSON.parse(res.body) as T;
}

export const V = (name: string): string => `application/vnd.org.midonet.${name}+json`;
export const VC = (name: string): string => `application/vnd.org.midonet.collection.${name}+json`;

export const IDS = {
  tz: '0b0c6a3e-7c51-4a9b-9a57-2f3c0d1e0001',
  host: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0001',
  hostNoTz: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d0002',
  bridge: '78488c47-d1de-4d16-a27a-4e6419dc4f88',
  bridge2: '78488c47-d1de-4d16-a27a-4e6419dc4f89',
  unknown: '11111111-2222-4333-8444-555555555555',
};

/** Two hosts (one in a tunnel zone, one not), two bridges of different tenants. */
export const SEED = {
  tunnelZones: [{ id: IDS.tz, name: 'tz-gre', type: 'gre' as const }],
  hosts: [
    { id: IDS.host, name: 'agent-1', addresses: ['10.0.0.5', 'fe80::1'], alive: true, tunnelZones: ['tz-gre'] },
    { id: IDS.hostNoTz, name: 'agent-2', addresses: ['10.0.0.6'], alive: true },
  ],
  bridges: [
    { id: IDS.bridge, name: 'mesos', tenantId: 'tenant-a' },
    { id: IDS.bridge2, name: 'other', tenantId: 'tenant-b' },
  ],
};

/** A /24 DHCP subnet with one seeded host entry, and SEED with it on the first bridge. */
export const DHCP_SUBNET = {
  subnetPrefix: '198.18.7.0',
  subnetLength: 24,
  defaultGateway: '198.18.7.1',
  serverAddr: '198.18.7.2',
  hosts: [{ macAddr: '02:00:00:00:00:01', ipAddr: '198.18.7.10', name: 'seeded' }],
};
export const DHCP_SEED = { ...SEED, bridges: [{ ...SEED.bridges[0], dhcpSubnets: [DHCP_SUBNET] }, SEED.bridges[1]] };

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
