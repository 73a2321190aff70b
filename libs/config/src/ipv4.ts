/**
 * Dotted-quad IPv4 addresses as 32-bit unsigned numbers: the one grammar
 * for every address we read (`[midonet] reserved` here, MidoNet's DHCP
 * tables in @deimos/midonet). Four decimal parts of 0-255, no leading zeros
 * (some tools read them as octal), nothing else: no shorthand forms.
 */
export function parseIpv4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (const part of m.slice(1)) {
    if (part.length > 1 && part.startsWith('0')) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((s) => (value >>> s) & 255).join('.');
}

/** An IPv4 range, both ends included, as 32-bit unsigned numbers (first <= last). */
export interface Ipv4Range {
  readonly first: number;
  readonly last: number;
}
