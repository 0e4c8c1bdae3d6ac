import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** One host to scan: an address, the name it was given as (for SNI, Host and scope), and fixed ports. */
export interface ScanHost {
  readonly address: string;
  /** The hostname the operator typed, when the target was a name. */
  readonly hostname?: string;
  /** Ports named by the target itself (`host:port`, a URL); undefined means "use the port list". */
  readonly ports?: readonly number[];
  /** The target text this host came from. */
  readonly input: string;
}

/** What the operator put in scope: names and networks. Certificate names outside it are only leads. */
export interface Scope {
  readonly names: ReadonlySet<string>;
  readonly networks: readonly Cidr[];
}

export interface Cidr {
  readonly family: 4 | 6;
  readonly base: bigint;
  readonly prefix: number;
}

export interface TargetOptions {
  /** Most hosts one CIDR may expand to (default 65536, a /16); larger needs `force`. */
  readonly maxHosts?: number;
  readonly force?: boolean;
  /** Resolves a hostname (defaults to DNS); injectable for tests. */
  readonly resolve?: (name: string) => Promise<string[]>;
}

export interface ParsedTargets {
  readonly hosts: ScanHost[];
  readonly scope: Scope;
  readonly errors: { input: string; message: string }[];
}

const SCHEME_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ssh: 22,
  redis: 6379,
  rediss: 6379,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mqtt: 1883,
  mqtts: 8883,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  memcached: 11211,
  mongodb: 27017,
  tls: 443,
};

export function ipToBigInt(address: string): { family: 4 | 6; value: bigint } | undefined {
  const fam = isIP(address);
  if (fam === 4) {
    const parts = address.split('.').map(Number);
    return { family: 4, value: parts.reduce((acc, p) => (acc << 8n) + BigInt(p), 0n) };
  }
  if (fam === 6) {
    let text = address.toLowerCase();
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4?.[1]) {
      const n = ipToBigInt(v4[1]);
      if (!n) return undefined;
      text = `${text.slice(0, -v4[1].length)}${(n.value >> 16n).toString(16)}:${(n.value & 0xffffn).toString(16)}`;
    }
    const [head = '', tail] = text.split('::');
    const h = head === '' ? [] : head.split(':');
    const t = tail === undefined || tail === '' ? [] : tail.split(':');
    const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
    const groups = [...h, ...fill, ...t];
    if (groups.length !== 8) return undefined;
    return { family: 6, value: groups.reduce((acc, g) => (acc << 16n) + BigInt(`0x${g || '0'}`), 0n) };
  }
  return undefined;
}

export function bigIntToIp(family: 4 | 6, value: bigint): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => ((value >> s) & 0xffn).toString()).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((value >> BigInt(i * 16)) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

export function parseCidr(text: string): Cidr | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  if (!m?.[1]) return undefined;
  const ip = ipToBigInt(m[1]);
  const prefix = Number(m[2]);
  if (!ip || prefix > (ip.family === 4 ? 32 : 128)) return undefined;
  const bits = ip.family === 4 ? 32 : 128;
  const mask = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);
  return { family: ip.family, base: ip.value & mask, prefix };
}

export function cidrContains(cidr: Cidr, address: string): boolean {
  const ip = ipToBigInt(address);
  if (!ip || ip.family !== cidr.family) return false;
  const bits = cidr.family === 4 ? 32 : 128;
  return ip.value >> BigInt(bits - cidr.prefix) === cidr.base >> BigInt(bits - cidr.prefix);
}

/** Splits `host:port`, `[v6]:port`, a bare host, or a URL into host and optional port. */
export function splitHostPort(input: string): { host: string; port?: number; scheme?: string } | undefined {
  const url = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(input);
  if (url?.[1] !== undefined && url[2] !== undefined) {
    const scheme = url[1].toLowerCase();
    const inner = splitHostPort(url[2].replace(/^[^@]*@/, ''));
    if (!inner) return undefined;
    const port = inner.port ?? SCHEME_PORTS[scheme];
    return { host: inner.host, scheme, ...(port !== undefined ? { port } : {}) };
  }
  const bracket = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(input);
  if (bracket?.[1]) {
    return { host: bracket[1], ...(bracket[2] !== undefined ? { port: Number(bracket[2]) } : {}) };
  }
  if (isIP(input) === 6) return { host: input };
  const hp = /^([^:\s/]+)(?::(\d{1,5}))?$/.exec(input);
  if (!hp?.[1]) return undefined;
  return { host: hp[1], ...(hp[2] !== undefined ? { port: Number(hp[2]) } : {}) };
}

async function defaultResolve(name: string): Promise<string[]> {
  const all = await lookup(name, { all: true });
  return [...new Set(all.map((a) => a.address))];
}

/**
 * Expands targets (IP, CIDR, hostname, host:port, URL) into hosts to scan. A CIDR larger than
 * `maxHosts` is refused unless forced. Hostnames are resolved; each address keeps the name.
 */
export async function parseTargets(
  inputs: readonly string[],
  opts: TargetOptions = {},
): Promise<ParsedTargets> {
  const maxHosts = opts.maxHosts ?? 65536;
  const resolve = opts.resolve ?? defaultResolve;
  const hosts: ScanHost[] = [];
  const names = new Set<string>();
  const networks: Cidr[] = [];
  const errors: { input: string; message: string }[] = [];
  for (const rawInput of inputs) {
    const input = rawInput.trim();
    if (input === '') continue;
    if (input.includes('/') && !input.includes('://')) {
      const cidr = parseCidr(input);
      if (!cidr) {
        errors.push({ input, message: 'invalid CIDR' });
        continue;
      }
      const bits = (cidr.family === 4 ? 32 : 128) - cidr.prefix;
      const size = 1n << BigInt(bits);
      if (size > BigInt(maxHosts) && opts.force !== true) {
        errors.push({
          input,
          message: `${size} addresses is more than the limit of ${maxHosts}; narrow the range or force it`,
        });
        continue;
      }
      networks.push(cidr);
      // Skip network and broadcast addresses for IPv4 ranges wider than /31.
      const skipEdges = cidr.family === 4 && bits >= 2;
      for (let i = skipEdges ? 1n : 0n; i < (skipEdges ? size - 1n : size); i++) {
        hosts.push({ address: bigIntToIp(cidr.family, cidr.base + i), input });
      }
      continue;
    }
    const hp = splitHostPort(input);
    if (!hp || (hp.port !== undefined && (hp.port < 1 || hp.port > 65535))) {
      errors.push({ input, message: 'not an IP, CIDR, hostname, host:port or URL' });
      continue;
    }
    const ports = hp.port !== undefined ? { ports: [hp.port] } : {};
    if (isIP(hp.host)) {
      const ip = ipToBigInt(hp.host);
      if (ip) networks.push({ family: ip.family, base: ip.value, prefix: ip.family === 4 ? 32 : 128 });
      hosts.push({ address: hp.host, input, ...ports });
      continue;
    }
    const name = hp.host.toLowerCase().replace(/\.$/, '');
    if (!/^[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*$/.test(name)) {
      errors.push({ input, message: 'invalid hostname' });
      continue;
    }
    names.add(name);
    let addresses: string[];
    try {
      addresses = await resolve(name);
    } catch (e) {
      errors.push({ input, message: `cannot resolve ${name}: ${(e as Error).message}` });
      continue;
    }
    for (const address of addresses) hosts.push({ address, hostname: name, input, ...ports });
  }
  return { hosts, scope: { names, networks }, errors };
}

/** True when a certificate name (DNS name, wildcard, or IP) is inside what the operator asked for. */
export function inScope(scope: Scope, name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (isIP(n)) return scope.networks.some((c) => cidrContains(c, n));
  if (scope.names.has(n)) return true;
  if (n.startsWith('*.')) {
    const suffix = n.slice(1);
    return [...scope.names].some((s) => s.endsWith(suffix) && !s.slice(0, -suffix.length).includes('.'));
  }
  return false;
}
