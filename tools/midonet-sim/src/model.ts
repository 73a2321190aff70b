import { randomUUID } from 'node:crypto';
import { ConfigError } from '@deimos/errors';
import { DhcpSubnetRecord } from './dhcp';
import { SimSeed } from './seed';

export interface BridgeRecord {
  id: string;
  name: string | null;
  tenantId: string | null;
  adminStateUp: boolean;
}

export type V1BridgePortType = 'ExteriorBridge' | 'InteriorBridge';

export interface PortRecord {
  id: string;
  bridgeId: string;
  adminStateUp: boolean;
  active: boolean;
  vlanId: number | null;
  vifId: string | null;
  inboundFilterId: string | null;
  outboundFilterId: string | null;
  /** The v1 type the port was created with through the deprecated createV1(). */
  createdAs: V1BridgePortType | null;
  tunnelKey: number;
}

export interface HostRecord {
  id: string;
  name: string | null;
  addresses: string[];
  alive: boolean;
  floodingProxyWeight: number;
}

export interface TunnelZoneRecord {
  id: string;
  name: string;
  type: 'gre' | 'vxlan' | 'vtep';
  hostIds: string[];
}

export interface BindingRecord {
  hostId: string;
  portId: string;
  interfaceName: string;
}

export interface ModelSnapshot {
  bridges: BridgeRecord[];
  ports: (PortRecord & { hostId: string | null; interfaceName: string | null })[];
  hosts: (HostRecord & { tunnelZoneIds: string[] })[];
  tunnelZones: TunnelZoneRecord[];
  bindings: BindingRecord[];
  dhcp: (DhcpSubnetRecord & { bridgeId: string })[];
}

/**
 * In-memory topology. The binding table is the only place a port's host and
 * interface are stored, so the port fields and the binding always change
 * together (MN writes both in one ZooKeeper multi-op). At most one binding
 * per port: its id is the port id.
 */
export class SimModel {
  readonly bridges = new Map<string, BridgeRecord>();
  readonly ports = new Map<string, PortRecord>();
  readonly hosts = new Map<string, HostRecord>();
  readonly tunnelZones = new Map<string, TunnelZoneRecord>();
  private readonly bindings = new Map<string, BindingRecord>();
  /** DHCP subnets per bridge id, in creation order. */
  readonly dhcp = new Map<string, DhcpSubnetRecord[]>();
  private nextTunnelKey = 1;

  clear(): void {
    this.bridges.clear();
    this.ports.clear();
    this.hosts.clear();
    this.tunnelZones.clear();
    this.bindings.clear();
    this.dhcp.clear();
    this.nextTunnelKey = 1;
  }

  dhcpSubnetsOf(bridgeId: string): DhcpSubnetRecord[] {
    return this.dhcp.get(bridgeId) ?? [];
  }

  dhcpSubnet(bridgeId: string, prefix: string, length: number): DhcpSubnetRecord | undefined {
    return this.dhcpSubnetsOf(bridgeId).find((s) => s.subnetPrefix === prefix && s.subnetLength === length);
  }

  deleteDhcpSubnet(bridgeId: string, subnet: DhcpSubnetRecord): void {
    this.dhcp.set(
      bridgeId,
      this.dhcpSubnetsOf(bridgeId).filter((s) => s !== subnet),
    );
  }

  addDhcpSubnet(bridgeId: string, subnet: DhcpSubnetRecord): void {
    const list = this.dhcp.get(bridgeId) ?? [];
    list.push(subnet);
    this.dhcp.set(bridgeId, list);
  }

  /** Adds a (normalized) seed to the current state; all-or-nothing. */
  apply(seed: SimSeed): void {
    const staged = this.copy();
    staged.applyUnchecked(seed);
    this.adopt(staged);
  }

  bindingOf(portId: string): BindingRecord | undefined {
    return this.bindings.get(portId);
  }

  bindingsOfHost(hostId: string): BindingRecord[] {
    return [...this.bindings.values()].filter((b) => b.hostId === hostId);
  }

  isInTunnelZone(hostId: string): boolean {
    for (const zone of this.tunnelZones.values()) if (zone.hostIds.includes(hostId)) return true;
    return false;
  }

  tunnelZonesOf(hostId: string): string[] {
    return [...this.tunnelZones.values()].filter((z) => z.hostIds.includes(hostId)).map((z) => z.id);
  }

  createPort(fields: Partial<PortRecord> & { bridgeId: string }): PortRecord {
    const port: PortRecord = {
      id: fields.id ?? randomUUID(),
      bridgeId: fields.bridgeId,
      adminStateUp: fields.adminStateUp ?? true,
      active: fields.active ?? false,
      vlanId: fields.vlanId ?? null,
      vifId: fields.vifId ?? null,
      inboundFilterId: fields.inboundFilterId ?? null,
      outboundFilterId: fields.outboundFilterId ?? null,
      createdAs: fields.createdAs ?? null,
      tunnelKey: this.nextTunnelKey++,
    };
    this.ports.set(port.id, port);
    return port;
  }

  /** Writes the binding, replacing any earlier binding of the same port. */
  bind(hostId: string, portId: string, interfaceName: string): BindingRecord {
    const binding = { hostId, portId, interfaceName };
    this.bindings.set(portId, binding);
    return binding;
  }

  /** Removes the port's binding; clears `active` with it. */
  unbind(portId: string): boolean {
    const port = this.ports.get(portId);
    if (port) port.active = false;
    return this.bindings.delete(portId);
  }

  deletePort(portId: string): boolean {
    this.bindings.delete(portId);
    return this.ports.delete(portId);
  }

  snapshot(): ModelSnapshot {
    return {
      bridges: [...this.bridges.values()].map((b) => ({ ...b })),
      ports: [...this.ports.values()].map((p) => {
        const b = this.bindings.get(p.id);
        return { ...p, hostId: b?.hostId ?? null, interfaceName: b?.interfaceName ?? null };
      }),
      hosts: [...this.hosts.values()].map((h) => ({ ...h, addresses: [...h.addresses], tunnelZoneIds: this.tunnelZonesOf(h.id) })),
      tunnelZones: [...this.tunnelZones.values()].map((z) => ({ ...z, hostIds: [...z.hostIds] })),
      bindings: [...this.bindings.values()].map((b) => ({ ...b })),
      dhcp: [...this.dhcp].flatMap(([bridgeId, list]) => list.map((d) => ({ ...copySubnet(d), bridgeId }))),
    };
  }

  private copy(): SimModel {
    const other = new SimModel();
    for (const [k, v] of this.bridges) other.bridges.set(k, { ...v });
    for (const [k, v] of this.ports) other.ports.set(k, { ...v });
    for (const [k, v] of this.hosts) other.hosts.set(k, { ...v, addresses: [...v.addresses] });
    for (const [k, v] of this.tunnelZones) other.tunnelZones.set(k, { ...v, hostIds: [...v.hostIds] });
    for (const [k, v] of this.bindings) other.bindings.set(k, { ...v });
    for (const [k, v] of this.dhcp) other.dhcp.set(k, v.map(copySubnet));
    other.nextTunnelKey = this.nextTunnelKey;
    return other;
  }

  private adopt(other: SimModel): void {
    this.clear();
    for (const [k, v] of other.bridges) this.bridges.set(k, v);
    for (const [k, v] of other.ports) this.ports.set(k, v);
    for (const [k, v] of other.hosts) this.hosts.set(k, v);
    for (const [k, v] of other.tunnelZones) this.tunnelZones.set(k, v);
    for (const [k, v] of other.bindings) this.bindings.set(k, v);
    for (const [k, v] of other.dhcp) this.dhcp.set(k, v);
    this.nextTunnelKey = other.nextTunnelKey;
  }

  private applyUnchecked(seed: SimSeed): void {
    for (const z of seed.tunnelZones ?? []) {
      const id = z.id ?? randomUUID();
      const existing = this.tunnelZones.get(id);
      this.tunnelZones.set(id, { id, name: z.name, type: z.type ?? 'gre', hostIds: existing?.hostIds ?? [] });
    }
    for (const h of seed.hosts ?? []) {
      const id = h.id ?? randomUUID();
      this.hosts.set(id, {
        id,
        name: h.name ?? null,
        addresses: h.addresses ?? [],
        alive: h.alive ?? true,
        floodingProxyWeight: h.floodingProxyWeight ?? 1,
      });
      for (const ref of h.tunnelZones ?? []) {
        const zone = this.tunnelZones.get(ref.toLowerCase()) ?? [...this.tunnelZones.values()].find((z) => z.name === ref);
        if (!zone) throw new ConfigError(`seed: host ${id} names unknown tunnel zone "${ref}"`);
        if (!zone.hostIds.includes(id)) zone.hostIds.push(id);
      }
    }
    for (const b of seed.bridges ?? []) {
      const id = b.id ?? randomUUID();
      this.bridges.set(id, { id, name: b.name ?? null, tenantId: b.tenantId ?? null, adminStateUp: b.adminStateUp ?? true });
      for (const d of b.dhcpSubnets ?? []) {
        // Kept as written, as the servers keep a posted prefix (no masking).
        const prefix = d.subnetPrefix;
        if (this.dhcpSubnet(id, prefix, d.subnetLength)) throw new ConfigError(`seed: bridge ${id} has subnet ${prefix}/${d.subnetLength} twice`);
        this.addDhcpSubnet(id, {
          subnetPrefix: prefix,
          subnetLength: d.subnetLength,
          defaultGateway: d.defaultGateway ?? null,
          serverAddr: d.serverAddr ?? null,
          hosts: (d.hosts ?? []).map((h) => ({ ...h })),
        });
      }
    }
    for (const p of seed.ports ?? []) {
      if (!this.bridges.has(p.bridgeId)) throw new ConfigError(`seed: port ${p.id ?? '(new)'} names unknown bridge ${p.bridgeId}`);
      if (p.id !== undefined) this.deletePort(p.id);
      const port = this.createPort({ id: p.id, bridgeId: p.bridgeId, adminStateUp: p.adminStateUp, active: p.active, vlanId: p.vlanId });
      if (p.hostId !== undefined && p.interfaceName !== undefined) {
        if (!this.hosts.has(p.hostId)) throw new ConfigError(`seed: port ${port.id} names unknown host ${p.hostId}`);
        this.bind(p.hostId, port.id, p.interfaceName);
      }
    }
  }
}

function copySubnet(d: DhcpSubnetRecord): DhcpSubnetRecord {
  return { ...d, hosts: d.hosts.map((h) => ({ ...h })) };
}
