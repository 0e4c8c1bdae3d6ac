import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../core/severity.js';

const severity = z.enum(SEVERITIES);

const ruleSetting = z.union([
  z.literal('off'),
  z.literal(false),
  z.literal(true),
  severity,
  z
    .object({
      enabled: z.boolean().optional(),
      severity: severity.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

const sizeSpec = z.union([
  z.number().int().positive(),
  z.string().regex(/^\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?$/i, 'a size such as 5MB'),
]);

const ignoreEntry = z
  .object({
    rule: z.string().min(1),
    path: z.string().min(1).optional(),
    fingerprint: z.string().min(1).optional(),
    reason: z.string().min(1, 'a reason is required'),
    expires: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => !Number.isNaN(Date.parse(v)), 'expected a date such as 2026-12-31')
      .optional(),
  })
  .strict();

export const configSchema = z
  .object({
    rules: z.record(z.string(), ruleSetting).optional(),
    exclude: z.array(z.string()).optional(),
    ignore: z.array(ignoreEntry).optional(),
    failOn: z.union([severity, z.literal('none')]).optional(),
    maxFileSize: sizeSpec.optional(),
    gitignore: z.boolean().optional(),
    varFiles: z.array(z.string()).optional(),
    // Sections owned by the platform and integrations; validated by their own modules.
    notifications: z.unknown().optional(),
    ownership: z.unknown().optional(),
    organisation: z.unknown().optional(),
    targets: z.unknown().optional(),
    sla: z.unknown().optional(),
    scope: z.unknown().optional(),
  })
  .strict();

export type PlumbConfig = z.infer<typeof configSchema>;
export type IgnoreEntry = z.infer<typeof ignoreEntry>;

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export const CONFIG_FILE_NAMES = ['plumb.yaml', '.plumb.yaml', 'plumb.yml', '.plumb.yml'];

export function findConfig(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Loads and validates a config file; every problem names the file and the offending key. */
export function loadConfig(file: string): PlumbConfig {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  return validateConfig(raw ?? {}, file);
}

export function validateConfig(raw: unknown, file = 'plumb.yaml'): PlumbConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.map(String).join('.') || '(top level)';
    const extra =
      issue.code === 'unrecognized_keys' ? ` (${(issue as { keys: string[] }).keys.join(', ')})` : '';
    throw new ConfigError(file, `invalid key "${key}": ${issue.message}${extra}`);
  }
  return result.data;
}

export function parseSize(spec: number | string | undefined, fallback: number): number {
  if (spec === undefined) return fallback;
  if (typeof spec === 'number') return spec;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(spec.trim());
  if (!m) return fallback;
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit === 'gb' ? 1024 ** 3 : unit === 'mb' ? 1024 ** 2 : unit === 'kb' ? 1024 : 1;
  return Math.round(Number(m[1]) * mult);
}

export interface ResolvedRuleSetting {
  readonly enabled: boolean;
  readonly severity?: Severity;
  readonly options: Record<string, unknown>;
}

export function ruleSettingFor(config: PlumbConfig, ruleId: string): ResolvedRuleSetting {
  const s = config.rules?.[ruleId];
  if (s === undefined || s === true) return { enabled: true, options: {} };
  if (s === 'off' || s === false) return { enabled: false, options: {} };
  if (typeof s === 'string') return { enabled: true, severity: s, options: {} };
  return {
    enabled: s.enabled ?? true,
    ...(s.severity ? { severity: s.severity } : {}),
    options: s.options ?? {},
  };
}
