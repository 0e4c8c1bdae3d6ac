import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isSeverity, type Severity } from '../core/severity.js';
import { ConfigError, findConfig, loadConfig, type PlumbConfig, parseSize } from '../engine/config.js';
import { FORMATS, type FormatName } from '../report/format.js';
import { handlerFor } from '../sources/kinds.js';
import { UsageError } from './usage-error.js';

export interface CommonScanFlags {
  format?: string;
  output?: string;
  failOn?: string;
  exclude?: string[];
  kind?: string;
  config?: string;
  baseline?: string;
  showSuppressed?: boolean;
  maxFileSize?: string;
  gitignore?: boolean;
  rule?: string[];
  set?: string[];
  varFile?: string[];
  concurrency?: string;
  color?: boolean;
  verbose?: boolean;
  defaultCredentials?: boolean;
  timeout?: string;
  notify?: boolean;
  dataDir?: string;
}

export function parseFormat(value: string | undefined): FormatName | 'ocsf' {
  const f = (value ?? 'text').toLowerCase();
  if (f === 'ocsf') return 'ocsf';
  if (!(FORMATS as readonly string[]).includes(f))
    throw new UsageError(`unknown --format "${value}" (expected ${FORMATS.join(', ')}, ocsf)`);
  return f as FormatName;
}

export function parseFailOn(value: string | undefined, config: PlumbConfig): Severity | 'none' {
  const v = value ?? config.failOn ?? 'low';
  if (v === 'none' || isSeverity(v)) return v;
  throw new UsageError(`unknown --fail-on "${value}" (expected critical, high, medium, low, info or none)`);
}

/** `--set RULE_ID.option=value` pairs, grouped by rule. Values stay strings; rules coerce. */
export function parseSet(pairs: readonly string[] | undefined): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const pair of pairs ?? []) {
    const m = /^([a-z0-9-]+\/[a-z0-9-]+)\.([A-Za-z0-9_-]+)=(.*)$/s.exec(pair);
    if (!m) throw new UsageError(`--set expects RULE_ID.option=value, got "${pair}"`);
    out[m[1]!] = { ...(out[m[1]!] ?? {}), [m[2]!]: m[3]! };
  }
  return out;
}

export function loadScanConfig(
  paths: readonly string[],
  explicit: string | undefined,
  cwd: string,
): { config: PlumbConfig; file?: string } {
  let file = explicit ? resolve(cwd, explicit) : undefined;
  if (explicit && !existsSync(file!)) throw new UsageError(`config file not found: ${explicit}`);
  if (!file) {
    const first = resolve(cwd, paths[0] ?? '.');
    const dir = existsSync(first) && statSync(first).isDirectory() ? first : dirname(first);
    file = findConfig(dir) ?? findConfig(cwd);
  }
  if (!file) return { config: {} };
  try {
    return { config: loadConfig(file), file };
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}

export function loadBaseline(path: string | undefined, cwd: string): Set<string> | undefined {
  if (!path) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read baseline ${path}: ${(e as Error).message}`);
  }
  const list = (raw as { fingerprints?: unknown }).fingerprints;
  if (
    !Array.isArray(list) ||
    !list.every((x) => typeof x === 'string' || (typeof x === 'object' && x && 'fingerprint' in x))
  ) {
    throw new UsageError(`${path} is not a plumb baseline (expected {"fingerprints": [...]})`);
  }
  return new Set(
    list.map((x) => (typeof x === 'string' ? x : String((x as { fingerprint: unknown }).fingerprint))),
  );
}

export function validateKind(kind: string | undefined): string | undefined {
  if (kind === undefined) return undefined;
  if (!handlerFor(kind)) throw new UsageError(`unknown --kind "${kind}"`);
  return kind;
}

export function parseMaxSize(value: string | undefined, config: PlumbConfig): number | undefined {
  if (value === undefined)
    return config.maxFileSize === undefined ? undefined : parseSize(config.maxFileSize, 0);
  const n = parseSize(value, -1);
  if (n <= 0) throw new UsageError(`--max-file-size expects a size such as 5MB, got "${value}"`);
  return n;
}

export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--concurrency expects a number from 1 to 64, got "${value}"`);
  return n;
}
