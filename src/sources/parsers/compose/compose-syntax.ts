/**
 * The short string syntaxes of Compose (`[ip:][host:]container[/proto]` ports and
 * `source:target[:mode]` volumes). Splitting respects `${VAR:-default}` interpolation,
 * `[ipv6]` brackets and Windows drive letters.
 */

/** Splits on `sep` outside `${...}` and `[...]`. */
export function splitOutside(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let bracket = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (c === '[' && depth === 0) bracket++;
    else if (c === ']' && bracket > 0) bracket--;
    else if (c === sep && depth === 0 && bracket === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function hasInterpolation(text: string): boolean {
  return /\$\{|\$[A-Za-z_]/.test(text.replace(/\$\$/g, ''));
}

export interface ShortPort {
  readonly hostIp: string | null;
  readonly hostPort: string | null;
  readonly containerPort: string;
  readonly protocol: string;
}

/** Parses `8080:80`, `127.0.0.1:8080:80/udp`, `[::1]:53:53`, `5432`, `127.0.0.1::5432`. */
export function parseShortPort(raw: string): ShortPort | null {
  let text = raw.trim();
  if (text === '') return null;
  let protocol = 'tcp';
  const slashParts = splitOutside(text, '/');
  if (slashParts.length > 1) {
    protocol = (slashParts.pop() ?? 'tcp').toLowerCase();
    text = slashParts.join('/');
  }
  const parts = splitOutside(text, ':');
  const containerPort = parts.pop() ?? '';
  if (containerPort === '') return null;
  if (parts.length === 0) return { hostIp: null, hostPort: null, containerPort, protocol };
  const hostPort = parts.pop() ?? '';
  if (parts.length === 0) return { hostIp: null, hostPort, containerPort, protocol };
  // Whatever remains is the address; an unbracketed IPv6 address contains colons itself.
  const ip = parts.join(':').replace(/^\[(.*)\]$/, '$1');
  return { hostIp: ip === '' ? null : ip, hostPort, containerPort, protocol };
}

/** True for addresses that mean "every interface". */
export function isAllInterfaces(ip: string | null): boolean {
  return ip === null || ip === '' || ip === '0.0.0.0' || ip === '::' || ip === '[::]';
}

/** The numbers a port or port range covers (capped), or [] when it is not numeric. */
export function portNumbers(spec: string): number[] {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(spec.trim());
  if (!m) return [];
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (to < from || to - from > 1000) return [from];
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

export interface ShortVolume {
  readonly source: string | null;
  readonly target: string | null;
  readonly mode: string | null;
}

/** Parses `./data:/data:ro`, `/var/run/docker.sock:/var/run/docker.sock`, `named:/x`, `/anon`. */
export function parseShortVolume(raw: string): ShortVolume {
  const parts = splitOutside(raw.trim(), ':');
  // Re-join a Windows drive letter (`C:\data:/data` or `c:/data:/data`).
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? '';
    const next = parts[i + 1];
    if (i === 0 && /^[A-Za-z]$/.test(p) && next !== undefined && /^[\\/]/.test(next)) {
      joined.push(`${p}:${next}`);
      i++;
    } else joined.push(p);
  }
  if (joined.length === 1) return { source: null, target: joined[0] ?? null, mode: null };
  return { source: joined[0] ?? null, target: joined[1] ?? null, mode: joined[2] ?? null };
}

/** Whether a short-syntax volume source is a host path rather than a named volume. */
export function isHostPath(source: string): boolean {
  return /^(?:[/.~]|[A-Za-z]:[\\/]|\\\\|\$)/.test(source);
}

/** Normalises a host path for comparison: collapses slashes, drops a trailing slash. */
export function normaliseHostPath(p: string): string {
  let out = p.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  out = out.replace(/\/\.(?=\/|$)/g, '');
  if (out.length > 1) out = out.replace(/\/$/, '');
  return out === '' ? '/' : out;
}
