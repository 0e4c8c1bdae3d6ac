/** Port lists for discovery: parsing `--ports` specs and the default list. */

/** Ports a supported live probe speaks on by default (data services, web, TLS, SSH). */
export const SERVICE_PORTS: readonly number[] = [
  22, 80, 443, 1883, 4222, 5432, 5672, 6379, 8080, 8443, 8883, 9200, 9300, 11211, 15672, 27017, 3306, 6222,
  8222, 5671, 2222,
];

/** Commonly open TCP ports (after public top-port statistics), to which SERVICE_PORTS are added. */
const TOP_PORTS: readonly number[] = [
  21, 23, 25, 53, 81, 88, 110, 111, 135, 139, 143, 179, 389, 427, 444, 445, 465, 513, 514, 515, 543, 544, 548,
  554, 587, 631, 646, 873, 990, 993, 995, 1025, 1026, 1027, 1028, 1029, 1080, 1110, 1433, 1521, 1720, 1723,
  1755, 1900, 2000, 2001, 2049, 2121, 2375, 2376, 2379, 2380, 2717, 3000, 3128, 3389, 3986, 4369, 4443, 4899,
  5000, 5001, 5009, 5051, 5060, 5101, 5190, 5357, 5601, 5800, 5900, 5984, 5985, 5986, 6000, 6001, 6443, 6646,
  7000, 7001, 7070, 7077, 7199, 8000, 8008, 8009, 8081, 8088, 8086, 8090, 8161, 8500, 8888, 9000, 9042, 9090,
  9092, 9093, 9100, 9418, 9999, 10000, 10250, 10255, 11214, 15671, 16379, 25565, 26379, 28017, 32768, 49152,
  49153, 49154, 49155, 49156, 49157, 50000, 50070,
];

export const DEFAULT_PORTS: readonly number[] = [...new Set([...TOP_PORTS, ...SERVICE_PORTS])].sort(
  (a, b) => a - b,
);

export class PortSpecError extends Error {
  override readonly name = 'PortSpecError';
}

/**
 * Parses `22,80,8000-8100`, `-` or `all` (1-65535), `default` (the default list), or a mix. Returns
 * the ports sorted and deduplicated; throws PortSpecError on anything else.
 */
export function parsePorts(spec: string): number[] {
  const out = new Set<number>();
  for (const raw of spec.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    if (part === '-' || part === 'all') {
      for (let p = 1; p <= 65535; p++) out.add(p);
      continue;
    }
    if (part === 'default') {
      for (const p of DEFAULT_PORTS) out.add(p);
      continue;
    }
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(part);
    if (!m) throw new PortSpecError(`invalid port "${part}" (use e.g. 22,80,8000-8100)`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (lo < 1 || hi > 65535 || lo > hi) throw new PortSpecError(`invalid port range "${part}" (1-65535)`);
    for (let p = lo; p <= hi; p++) out.add(p);
  }
  if (out.size === 0) throw new PortSpecError('no ports given');
  return [...out].sort((a, b) => a - b);
}
