// MIDONET_IP_ADDRESS and MIDONET_DEFAULT_GATEWAY read as the kernel reads
// them: every input of a corpus goes both to planWiring and, unchanged, to
// ip(8) in a scratch network namespace (`ip addr add`, `ip route add default
// via ... onlink`). Where we accept, the kernel must accept and hold exactly
// what we planned; where we refuse and ip accepts (octal or short forms,
// spaces), we fail closed, and the count is printed. Addresses stay in
// 198.18.0.0/15 or are never routed: the namespace has one veth pair and no
// link out.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { planWiring } from './plan';

const NS = `dmtaddr${randomBytes(3).toString('hex')}`;
const BRIDGE = ['MIDONET_BRIDGE_ID', '78488c47-d1de-4d16-a27a-4e6419dc4f88'] as const;

function ipIn(...args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('ip', ['-n', NS, ...args], { encoding: 'utf8', timeout: 10_000 });
  return { ok: r.status === 0, out: (r.stdout ?? '').trim() };
}

beforeAll(() => {
  execFileSync('ip', ['netns', 'add', NS]);
  execFileSync('ip', ['-n', NS, 'link', 'add', 'd0', 'type', 'veth', 'peer', 'name', 'd1']);
  execFileSync('ip', ['-n', NS, 'link', 'set', 'd0', 'up']);
  // As in a wired container: lo is up (wireContainer sets it up first), so 127/8 is local.
  execFileSync('ip', ['-n', NS, 'link', 'set', 'lo', 'up']);
});
afterAll(() => {
  spawnSync('ip', ['netns', 'del', NS]);
});

/** What the kernel holds after `ip addr add <text> dev d0`, as `a.b.c.d/len`, or undefined when ip refused. */
function kernelAddress(text: string): string | undefined {
  ipIn('-4', 'addr', 'flush', 'dev', 'd0');
  if (!ipIn('-4', 'addr', 'add', text, 'dev', 'd0').ok) return undefined;
  const held = ipIn('-4', '-o', 'addr', 'show', 'dev', 'd0').out.split(/\s+/)[3];
  ipIn('-4', 'addr', 'flush', 'dev', 'd0');
  return held;
}

/** The gateway of the default route after `ip route add default via <text> dev d0 onlink`, or undefined. */
function kernelGateway(text: string): string | undefined {
  ipIn('-4', 'route', 'flush', 'dev', 'd0');
  if (!ipIn('-4', 'route', 'add', 'default', 'via', text, 'dev', 'd0', 'onlink').ok) return undefined;
  const via = /via (\S+)/.exec(ipIn('-4', 'route', 'show', 'default').out)?.[1];
  ipIn('-4', 'route', 'flush', 'dev', 'd0');
  return via;
}

function ours(name: string, value: string): ReturnType<typeof planWiring> | undefined {
  try {
    return planWiring('addr-diff', [BRIDGE, [name, value]]);
  } catch {
    return undefined;
  }
}

const HAND = [
  '198.18.7.9/24',
  '198.18.7.9',
  '198.18.7.9/32',
  '198.18.7.9/0',
  '198.18.7.9/31',
  '198.18.7.0/24',
  '198.18.07.9/24',
  '198.18.010.9/24',
  '198.18.7.9/024',
  '198.18.7.9/08',
  '0xc6.18.7.9/24',
  '198.18.7/24',
  '198.18/16',
  '3323070217',
  '198.18.7.9/33',
  '198.18.7.256/24',
  '198.18.7.9/',
  '/24',
  '198.18.7.9/24/24',
  '198.18.7.9 /24',
  '198.18.7.9/ 24',
  '198.18.7.9/+24',
  '198.18.7.9/-1',
  '198.18.7.9/2e1',
  '198.18.7.9/24 ',
  ' 198.18.7.9',
  '198.18.7.9\t',
  '198.18.7.9/255.255.255.0',
  '１98.18.7.9/24',
  '198.18.7.9peer',
  '198.18.7.9/24;x',
  '::ffff:198.18.7.9',
  '0.0.0.0',
  '0.1.2.3',
  '127.0.0.1',
  '224.0.0.1',
  '239.255.255.255',
  '240.0.0.1',
  '255.255.255.254',
  '255.255.255.255',
];

/** Seeded inputs: octets in decimal, octal, hex and padded forms, 2-5 of them, with and without a prefix. */
function generated(count: number, seed: number): string[] {
  let s = seed >>> 0;
  const next = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const octet = () => {
    const v = next(4) === 0 ? 198 : next(260);
    // Mostly plain decimal, so that enough inputs are valid.
    const form = next(10);
    if (form < 7) return String(v);
    return [`0${v.toString(8)}`, `0x${v.toString(16)}`, String(v).padStart(3, '0')][form - 7] as string;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: [4, 4, 4, 3, 2, 5][next(6)] as number }, octet);
    const prefix = ['', `/${next(34)}`, `/0${next(33)}`, '/24'][next(4)] as string;
    out.push(parts.join('.') + prefix);
  }
  return out;
}

it('MIDONET_IP_ADDRESS: whatever we accept, the kernel holds exactly as we planned', () => {
  const corpus = [...HAND, ...generated(400, 16)];
  const disagreements: string[] = [];
  let accepted = 0;
  let refusedOnlyByUs = 0;
  for (const text of corpus) {
    const plan = ours('MIDONET_IP_ADDRESS', text);
    const kernel = kernelAddress(text.trim());
    if (plan === undefined) {
      if (kernel !== undefined) refusedOnlyByUs++;
      continue;
    }
    accepted++;
    // A bare address: the kernel makes it a /32; our prefix comes from the DHCP subnet.
    const planned = plan.prefix === undefined ? `${plan.address}/32` : `${plan.address}/${plan.prefix}`;
    if (kernel !== planned) disagreements.push(`${JSON.stringify(text)}: we plan ${planned}, the kernel holds ${kernel ?? 'nothing (ip refused)'}`);
    // And what we hand to ip(8) is read back the same.
    if (plan.ip !== undefined && kernelAddress(plan.ip) !== planned) disagreements.push(`${JSON.stringify(text)}: our argv ${plan.ip} is not read back as ${planned}`);
  }
  console.log(`MIDONET_IP_ADDRESS differential: ${corpus.length} inputs, ${accepted} accepted alike, ${refusedOnlyByUs} refused by us only, ${disagreements.length} disagreements`);
  expect(disagreements).toEqual([]);
  expect(accepted).toBeGreaterThan(20);
  expect(refusedOnlyByUs).toBeGreaterThan(0); // the octal and short forms ip takes
});

it('MIDONET_DEFAULT_GATEWAY: whatever we accept, the kernel routes via the same address', () => {
  const corpus = [...HAND.filter((t) => !t.includes('/')), ...generated(200, 61).map((t) => t.replace(/\/.*$/, ''))];
  const disagreements: string[] = [];
  let accepted = 0;
  for (const text of corpus) {
    const plan = ours('MIDONET_DEFAULT_GATEWAY', text);
    if (plan === undefined) continue;
    accepted++;
    const kernel = kernelGateway(text.trim());
    if (kernel !== plan.gateway) disagreements.push(`${JSON.stringify(text)}: we plan ${plan.gateway}, the kernel routes via ${kernel ?? 'nothing (ip refused)'}`);
  }
  console.log(`MIDONET_DEFAULT_GATEWAY differential: ${corpus.length} inputs, ${accepted} accepted, ${disagreements.length} disagreements`);
  expect(disagreements).toEqual([]);
  expect(accepted).toBeGreaterThan(10);
});
