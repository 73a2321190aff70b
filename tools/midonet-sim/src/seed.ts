import { readFileSync } from 'node:fs';
import { ConfigError } from '@deimos/errors';
import { isIpv4, normalizeMac } from './dhcp';

/** Initial topology. Ids are generated when left out; references use ids. */
export interface SimSeed {
  tunnelZones?: SeedTunnelZone[];
  hosts?: SeedHost[];
  bridges?: SeedBridge[];
  ports?: SeedPort[];
}

export interface SeedTunnelZone {
  id?: string;
  name: string;
  type?: 'gre' | 'vxlan' | 'vtep';
}

export interface SeedHost {
  id?: string;
  name?: string;
  /** Plain addresses; rendered the Java way, with a leading '/'. */
  addresses?: string[];
  /** Whether the agent's ZooKeeper session is live. Default true. */
  alive?: boolean;
  floodingProxyWeight?: number;
  /** Tunnel zones the host belongs to, by id or name. Without one, bindings are refused. */
  tunnelZones?: string[];
}

export interface SeedBridge {
  id?: string;
  name?: string;
  tenantId?: string;
  adminStateUp?: boolean;
  /** DHCP subnets on the bridge, with any host entries already in them. */
  dhcpSubnets?: SeedDhcpSubnet[];
}

export interface SeedDhcpSubnet {
  subnetPrefix: string;
  subnetLength: number;
  defaultGateway?: string;
  serverAddr?: string;
  hosts?: { macAddr: string; ipAddr: string; name: string }[];
}

/** A bridge port that already exists, optionally bound to a host interface. */
export interface SeedPort {
  id?: string;
  bridgeId: string;
  hostId?: string;
  interfaceName?: string;
  adminStateUp?: boolean;
  active?: boolean;
  vlanId?: number;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks the shape of a seed (from JSON or code) and lower-cases its ids.
 * Cross-references (host -> tunnel zone, port -> bridge/host) are checked
 * when the seed is applied, against the state it is merged into.
 */
export function normalizeSeed(value: unknown, source = 'seed'): SimSeed {
  const where = (path: string): string => `${source}: ${path}`;
  const fail = (path: string, what: string): never => {
    throw new ConfigError(`${where(path)} ${what}`);
  };
  /** The objects of an optional array field, each with its path for messages. */
  const objectList = (parent: Record<string, unknown>, path: string, key: string): Array<{ value: Record<string, unknown>; path: string }> => {
    const raw = parent[key];
    if (raw !== undefined && !Array.isArray(raw)) fail(`${path}.${key}`, 'must be an array');
    return ((raw ?? []) as unknown[]).map((v, i) => {
      const at = `${path}.${key}[${i}]`;
      if (!isObject(v)) fail(at, 'must be an object');
      return { value: v as Record<string, unknown>, path: at };
    });
  };
  if (!isObject(value)) fail('(top level)', 'must be a JSON object');
  const top = value as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!['tunnelZones', 'hosts', 'bridges', 'ports'].includes(key)) fail(key, 'is not a seed section (tunnelZones, hosts, bridges, ports)');
  }
  const list = (key: string): Record<string, unknown>[] => {
    const v = top[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) fail(key, 'must be an array');
    return (v as unknown[]).map((item, i) => {
      if (!isObject(item)) fail(`${key}[${i}]`, 'must be an object');
      return item as Record<string, unknown>;
    });
  };
  const id = (item: Record<string, unknown>, path: string, key = 'id', required = false): string | undefined => {
    const v = item[key];
    if (v === undefined) {
      if (required) fail(`${path}.${key}`, 'is required');
      return undefined;
    }
    if (typeof v !== 'string' || !UUID_RE.test(v)) fail(`${path}.${key}`, 'must be a UUID string');
    return (v as string).toLowerCase();
  };
  const str = (item: Record<string, unknown>, path: string, key: string): string | undefined => {
    const v = item[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') fail(`${path}.${key}`, 'must be a string');
    return v as string;
  };
  const bool = (item: Record<string, unknown>, path: string, key: string): boolean | undefined => {
    const v = item[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') fail(`${path}.${key}`, 'must be true or false');
    return v as boolean;
  };
  const int = (item: Record<string, unknown>, path: string, key: string): number | undefined => {
    const v = item[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) fail(`${path}.${key}`, 'must be an integer');
    return v as number;
  };
  const strings = (item: Record<string, unknown>, path: string, key: string): string[] | undefined => {
    const v = item[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) fail(`${path}.${key}`, 'must be an array of strings');
    return [...(v as string[])];
  };

  const seed: SimSeed = {};
  seed.tunnelZones = list('tunnelZones').map((z, i) => {
    const path = `tunnelZones[${i}]`;
    const name = str(z, path, 'name');
    if (!name) fail(`${path}.name`, 'is required');
    const type = str(z, path, 'type');
    if (type !== undefined && !['gre', 'vxlan', 'vtep'].includes(type)) fail(`${path}.type`, 'must be gre, vxlan or vtep');
    return { id: id(z, path), name: name as string, type: type as SeedTunnelZone['type'] };
  });
  seed.hosts = list('hosts').map((h, i) => {
    const path = `hosts[${i}]`;
    return {
      id: id(h, path),
      name: str(h, path, 'name'),
      addresses: strings(h, path, 'addresses'),
      alive: bool(h, path, 'alive'),
      floodingProxyWeight: int(h, path, 'floodingProxyWeight'),
      tunnelZones: strings(h, path, 'tunnelZones'),
    };
  });
  seed.bridges = list('bridges').map((b, i) => {
    const path = `bridges[${i}]`;
    const dhcpSubnets = objectList(b, path, 'dhcpSubnets').map(({ value: sub, path: dpath }) => {
      const ip = (key: string, required: boolean): string | undefined => {
        const v = str(sub, dpath, key);
        if (v === undefined && required) fail(`${dpath}.${key}`, 'is required');
        if (v !== undefined && !isIpv4(v)) fail(`${dpath}.${key}`, 'must be a dotted IPv4 address');
        return v;
      };
      const subnetLength = int(sub, dpath, 'subnetLength');
      if (subnetLength === undefined || subnetLength < 0 || subnetLength > 32) fail(`${dpath}.subnetLength`, 'must be an integer from 0 to 32');
      const hosts = objectList(sub, dpath, 'hosts').map(({ value: host, path: hpath }) => {
        const macAddr = normalizeMac(host['macAddr']);
        if (!macAddr) fail(`${hpath}.macAddr`, 'must be a MAC address');
        const ipAddr = str(host, hpath, 'ipAddr');
        if (!isIpv4(ipAddr)) fail(`${hpath}.ipAddr`, 'must be a dotted IPv4 address');
        return { macAddr: macAddr as string, ipAddr: ipAddr as string, name: str(host, hpath, 'name') ?? '' };
      });
      const entry: SeedDhcpSubnet = {
        subnetPrefix: ip('subnetPrefix', true) as string,
        subnetLength: subnetLength as number,
        defaultGateway: ip('defaultGateway', false),
        serverAddr: ip('serverAddr', false),
        hosts,
      };
      return entry;
    });
    return {
      id: id(b, path),
      name: str(b, path, 'name'),
      tenantId: str(b, path, 'tenantId'),
      adminStateUp: bool(b, path, 'adminStateUp'),
      ...(dhcpSubnets.length > 0 ? { dhcpSubnets } : {}),
    };
  });
  seed.ports = list('ports').map((p, i) => {
    const path = `ports[${i}]`;
    const port: SeedPort = {
      id: id(p, path),
      bridgeId: id(p, path, 'bridgeId', true) as string,
      hostId: id(p, path, 'hostId'),
      interfaceName: str(p, path, 'interfaceName'),
      adminStateUp: bool(p, path, 'adminStateUp'),
      active: bool(p, path, 'active'),
      vlanId: int(p, path, 'vlanId'),
    };
    if ((port.hostId === undefined) !== (port.interfaceName === undefined)) {
      fail(path, 'needs both hostId and interfaceName to be bound, or neither');
    }
    return port;
  });
  return seed;
}

/** Reads and checks a seed JSON file. */
export function loadSeedFile(file: string): SimSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read seed file: ${(err as Error).message}`, { file }, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`seed file is not JSON: ${(err as Error).message}`, { file }, { cause: err });
  }
  return normalizeSeed(json, file);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
