import { isTfObject, isUnknown, type TfObject, type TfValue, Unknown } from './values.js';

/** A Terraform function failed on its arguments (caught by `try`/`can`, else the value is unknown). */
export class TfEvalError extends Error {}

type Fn = (args: TfValue[]) => TfValue;

function fail(message: string): never {
  throw new TfEvalError(message);
}

function str(v: TfValue | undefined, fn: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return fail(`${fn}: expected a string`);
}

function num(v: TfValue | undefined, fn: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return fail(`${fn}: expected a number`);
}

function list(v: TfValue | undefined, fn: string): TfValue[] {
  if (Array.isArray(v)) return v;
  return fail(`${fn}: expected a list`);
}

function obj(v: TfValue | undefined, fn: string): TfObject {
  if (isTfObject(v)) return v;
  return fail(`${fn}: expected a map or object`);
}

/** The first unknown among the arguments (searching nested values), for propagation. */
function firstUnknown(args: readonly TfValue[], deep: boolean): Unknown | null {
  for (const a of args) {
    if (a instanceof Unknown) return a;
    if (deep && (Array.isArray(a) || isTfObject(a))) {
      const inner = firstUnknown(Array.isArray(a) ? a : Object.values(a), true);
      if (inner) return inner;
    }
  }
  return null;
}

export function equalValues(a: TfValue, b: TfValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => equalValues(x, b[i] as TfValue));
  if (isTfObject(a) && isTfObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && equalValues(a[k] as TfValue, b[k] as TfValue));
  }
  return false;
}

function distinct(items: TfValue[]): TfValue[] {
  const out: TfValue[] = [];
  for (const i of items) if (!out.some((o) => equalValues(o, i))) out.push(i);
  return out;
}

function toJson(v: TfValue): unknown {
  return v;
}

function fromJson(v: unknown): TfValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const out: TfObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x);
    return out;
  }
  return null;
}

/** `format` verbs: %s %d %v %q %t %f %%, with optional width/precision. */
function format(spec: string, args: TfValue[]): string {
  let i = 0;
  return spec.replace(
    /%([-+# 0]*)(\d*)(?:\.(\d+))?([sdvqtfxXbeEgG%])/g,
    (_m, _flags, _w, prec, verb: string) => {
      if (verb === '%') return '%';
      const a = args[i++];
      if (a === undefined) fail('format: not enough arguments');
      switch (verb) {
        case 'd':
          return String(Math.trunc(num(a, 'format')));
        case 'f':
          return num(a, 'format').toFixed(prec === undefined ? 6 : Number(prec));
        case 'q':
          return JSON.stringify(str(a, 'format'));
        case 'x':
          return Math.trunc(num(a, 'format')).toString(16);
        case 'X':
          return Math.trunc(num(a, 'format')).toString(16).toUpperCase();
        case 'b':
          return Math.trunc(num(a, 'format')).toString(2);
        case 't':
          return String(a);
        case 'v':
          return typeof a === 'string' ? a : JSON.stringify(a);
        default:
          return str(a, 'format');
      }
    },
  );
}

function ipv4ToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255))
    fail('invalid IPv4 address');
  return (
    (((parts[0] as number) << 24) |
      ((parts[1] as number) << 16) |
      ((parts[2] as number) << 8) |
      (parts[3] as number)) >>>
    0
  );
}

function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function parseCidr(cidr: string): { base: number; bits: number } {
  const [ip, len] = cidr.split('/');
  const bits = Number(len);
  if (ip === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32)
    fail('cidr: only IPv4 prefixes are evaluated');
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ipv4ToInt(ip) & mask) >>> 0, bits };
}

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: ([v]) => JSON.stringify(toJson(v ?? null)),
  jsondecode: ([v]) => {
    try {
      return fromJson(JSON.parse(str(v, 'jsondecode')));
    } catch (e) {
      if (e instanceof TfEvalError) throw e;
      return fail('jsondecode: invalid JSON');
    }
  },
  merge: (args) => {
    const out: TfObject = {};
    for (const a of args) {
      if (a === null) continue;
      Object.assign(out, obj(a, 'merge'));
    }
    return out;
  },
  concat: (args) => args.flatMap((a) => list(a, 'concat')),
  lookup: ([m, k, d]) => {
    const o = obj(m, 'lookup');
    const key = str(k, 'lookup');
    if (Object.hasOwn(o, key)) return o[key] as TfValue;
    if (d === undefined) fail(`lookup: no key ${key}`);
    return d;
  },
  format: ([f, ...rest]) => format(str(f, 'format'), rest),
  formatlist: ([f, ...rest]) => {
    const lists = rest.filter(Array.isArray);
    const n = lists.length ? Math.max(...lists.map((l) => l.length)) : 1;
    const out: TfValue[] = [];
    for (let i = 0; i < n; i++)
      out.push(
        format(
          str(f, 'formatlist'),
          rest.map((r) => (Array.isArray(r) ? (r[i] ?? null) : r)),
        ),
      );
    return out;
  },
  tolist: ([v]) => (Array.isArray(v) ? v : fail('tolist: expected a list or set')),
  toset: ([v]) => distinct(list(v, 'toset')),
  tomap: ([v]) => obj(v, 'tomap'),
  tostring: ([v]) => (v === null ? null : str(v, 'tostring')),
  tonumber: ([v]) => (v === null ? null : num(v, 'tonumber')),
  tobool: ([v]) => {
    if (v === null || typeof v === 'boolean') return v ?? null;
    if (v === 'true' || v === 'false') return v === 'true';
    return fail('tobool: expected a bool');
  },
  coalesce: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return a;
      if (a !== null && a !== '') return a;
    }
    return fail('coalesce: no non-null argument');
  },
  coalescelist: (args) => {
    for (const a of args) {
      if (a instanceof Unknown) return a;
      if (Array.isArray(a) && a.length > 0) return a;
    }
    return fail('coalescelist: no non-empty list');
  },
  lower: ([v]) => str(v, 'lower').toLowerCase(),
  upper: ([v]) => str(v, 'upper').toUpperCase(),
  title: ([v]) => str(v, 'title').replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([v]) => str(v, 'trimspace').trim(),
  trim: ([v, cut]) => {
    const chars = new Set(str(cut, 'trim'));
    let s = str(v, 'trim');
    while (s.length && chars.has(s[0] as string)) s = s.slice(1);
    while (s.length && chars.has(s[s.length - 1] as string)) s = s.slice(0, -1);
    return s;
  },
  trimprefix: ([v, p]) => {
    const s = str(v, 'trimprefix');
    const pre = str(p, 'trimprefix');
    return s.startsWith(pre) ? s.slice(pre.length) : s;
  },
  trimsuffix: ([v, p]) => {
    const s = str(v, 'trimsuffix');
    const suf = str(p, 'trimsuffix');
    return suf && s.endsWith(suf) ? s.slice(0, -suf.length) : s;
  },
  join: ([sep, ...lists]) =>
    lists
      .flatMap((l) => list(l, 'join'))
      .map((x) => str(x, 'join'))
      .join(str(sep, 'join')),
  split: ([sep, v]) => str(v, 'split').split(str(sep, 'split')),
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isTfObject(v)) return Object.keys(v).length;
    return fail('length: expected a collection or string');
  },
  element: ([l, i]) => {
    const items = list(l, 'element');
    if (items.length === 0) fail('element: empty list');
    const n = Math.trunc(num(i, 'element'));
    return items[((n % items.length) + items.length) % items.length] as TfValue;
  },
  index: ([l, v]) => {
    const i = list(l, 'index').findIndex((x) => equalValues(x, v ?? null));
    return i === -1 ? fail('index: not found') : i;
  },
  contains: ([l, v]) => list(l, 'contains').some((x) => equalValues(x, v ?? null)),
  keys: ([m]) => Object.keys(obj(m, 'keys')).sort(),
  values: ([m]) => {
    const o = obj(m, 'values');
    return Object.keys(o)
      .sort()
      .map((k) => o[k] as TfValue);
  },
  flatten: ([v]) => {
    const out: TfValue[] = [];
    const walk = (x: TfValue) => {
      if (Array.isArray(x)) x.forEach(walk);
      else out.push(x);
    };
    walk(list(v, 'flatten'));
    return out;
  },
  distinct: ([v]) => distinct(list(v, 'distinct')),
  compact: ([v]) => list(v, 'compact').filter((x) => x !== null && x !== ''),
  replace: ([v, search, rep]) => {
    const s = str(v, 'replace');
    const find = str(search, 'replace');
    const to = str(rep, 'replace');
    if (find.length > 2 && find.startsWith('/') && find.endsWith('/')) {
      try {
        return s.replace(new RegExp(find.slice(1, -1), 'g'), to.replace(/\$\{?(\d+)\}?/g, '$$$1'));
      } catch {
        return fail('replace: invalid regular expression');
      }
    }
    return s.split(find).join(to);
  },
  substr: ([v, o, l]) => {
    const chars = [...str(v, 'substr')];
    let off = Math.trunc(num(o, 'substr'));
    const len = Math.trunc(num(l, 'substr'));
    if (off < 0) off = Math.max(0, chars.length + off);
    return chars.slice(off, len < 0 ? undefined : off + len).join('');
  },
  slice: ([l, a, b]) => list(l, 'slice').slice(num(a, 'slice'), num(b, 'slice')),
  reverse: ([l]) => [...list(l, 'reverse')].reverse(),
  sort: ([l]) =>
    list(l, 'sort')
      .map((x) => str(x, 'sort'))
      .sort(),
  zipmap: ([k, v]) => {
    const ks = list(k, 'zipmap');
    const vs = list(v, 'zipmap');
    const out: TfObject = {};
    ks.forEach((key, i) => {
      out[str(key, 'zipmap')] = vs[i] ?? null;
    });
    return out;
  },
  range: (args) => {
    const n = args.map((a) => num(a, 'range'));
    const [start, end, step] =
      n.length === 1 ? [0, n[0] as number, 1] : [n[0] as number, n[1] as number, n[2] ?? 1];
    if (step === 0 || Math.abs((end - start) / step) > 1024) fail('range: too many elements');
    const out: TfValue[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
  },
  max: (args) => Math.max(...args.map((a) => num(a, 'max'))),
  min: (args) => Math.min(...args.map((a) => num(a, 'min'))),
  abs: ([v]) => Math.abs(num(v, 'abs')),
  ceil: ([v]) => Math.ceil(num(v, 'ceil')),
  floor: ([v]) => Math.floor(num(v, 'floor')),
  sum: ([l]) => list(l, 'sum').reduce<number>((a, b) => a + num(b, 'sum'), 0),
  startswith: ([v, p]) => str(v, 'startswith').startsWith(str(p, 'startswith')),
  endswith: ([v, p]) => str(v, 'endswith').endsWith(str(p, 'endswith')),
  strcontains: ([v, p]) => str(v, 'strcontains').includes(str(p, 'strcontains')),
  one: ([l]) => {
    const items = list(l, 'one');
    if (items.length > 1) fail('one: more than one element');
    return items[0] ?? null;
  },
  alltrue: ([l]) => list(l, 'alltrue').every((x) => x === true || x === 'true'),
  anytrue: ([l]) => list(l, 'anytrue').some((x) => x === true || x === 'true'),
  setunion: (args) => distinct(args.flatMap((a) => list(a, 'setunion'))),
  setintersection: ([first, ...rest]) =>
    distinct(list(first, 'setintersection')).filter((x) =>
      rest.every((r) => list(r, 'setintersection').some((y) => equalValues(x, y))),
    ),
  setsubtract: ([a, b]) =>
    list(a, 'setsubtract').filter((x) => !list(b, 'setsubtract').some((y) => equalValues(x, y))),
  chunklist: ([l, n]) => {
    const items = list(l, 'chunklist');
    const size = num(n, 'chunklist');
    if (size <= 0) return [items];
    const out: TfValue[] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  base64encode: ([v]) => Buffer.from(str(v, 'base64encode'), 'utf8').toString('base64'),
  base64decode: ([v]) => Buffer.from(str(v, 'base64decode'), 'base64').toString('utf8'),
  urlencode: ([v]) => encodeURIComponent(str(v, 'urlencode')),
  sensitive: ([v]) => v ?? null,
  nonsensitive: ([v]) => v ?? null,
  cidrsubnet: ([c, nb, n]) => {
    const { base, bits } = parseCidr(str(c, 'cidrsubnet'));
    const newbits = num(nb, 'cidrsubnet');
    const len = bits + newbits;
    if (len > 32) fail('cidrsubnet: prefix too long');
    const net = (base + num(n, 'cidrsubnet') * 2 ** (32 - len)) >>> 0;
    return `${intToIpv4(net)}/${len}`;
  },
  cidrhost: ([c, n]) => {
    const { base } = parseCidr(str(c, 'cidrhost'));
    return intToIpv4((base + num(n, 'cidrhost')) >>> 0);
  },
  regex: ([p, v]) => {
    let m: RegExpExecArray | null;
    try {
      m = new RegExp(str(p, 'regex')).exec(str(v, 'regex'));
    } catch {
      return fail('regex: unsupported pattern');
    }
    if (!m) fail('regex: no match');
    if (m.groups) return fromJson({ ...m.groups });
    return m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0];
  },
};

/** Functions that depend on files, time or randomness: always unknown in a static scan. */
const UNKNOWN_FUNCTIONS = new Set([
  'file',
  'fileexists',
  'fileset',
  'filebase64',
  'templatefile',
  'timestamp',
  'uuid',
  'bcrypt',
  'plantimestamp',
  'uuidv5',
]);

/** Functions that can return a sensible value even when some arguments are unknown. */
const UNKNOWN_TOLERANT = new Set([
  'coalesce',
  'coalescelist',
  'length',
  'concat',
  'merge',
  'tolist',
  'toset',
  'flatten',
]);

export function callFunction(name: string, args: TfValue[]): TfValue {
  const bare = name.startsWith('provider::') ? '' : name;
  const fn = FUNCTIONS[bare];
  if (!fn || UNKNOWN_FUNCTIONS.has(bare)) return new Unknown('function');
  if (bare === 'jsonencode') {
    const u = firstUnknown(args, true);
    if (u) return new Unknown('function', u.ref, u.attr, args[0] ?? null);
  } else if (bare === 'jsondecode' && args[0] instanceof Unknown) {
    const p = args[0].partial;
    return p === undefined ? args[0] : p;
  } else if (!UNKNOWN_TOLERANT.has(bare)) {
    const u = firstUnknown(args, false);
    if (u) return u;
  } else if (bare === 'length') {
    if (isUnknown(args[0])) return args[0] as Unknown;
  } else if (bare === 'merge' || bare === 'concat') {
    const u = firstUnknown(args, false);
    if (u) return u;
  }
  return fn(args);
}

export function isKnownFunction(name: string): boolean {
  return name in FUNCTIONS || UNKNOWN_FUNCTIONS.has(name);
}
