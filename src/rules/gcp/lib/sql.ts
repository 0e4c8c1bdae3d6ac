import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { hclString, setAttribute } from '../../../fixers/hcl-edit.js';
import { blocksOf, type TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from '../../aws/lib/report.js';
import { appendBlock } from './hcl.js';

export type SqlEngine = 'POSTGRES' | 'MYSQL' | 'SQLSERVER';

/** Engine of a Cloud SQL instance from `database_version`, or null when unknown. */
export function engineOf(res: TfResource): SqlEngine | null {
  const v = res.values['database_version'];
  if (typeof v !== 'string') return null;
  const m = /^(POSTGRES|MYSQL|SQLSERVER)/.exec(v.toUpperCase());
  return m ? (m[1] as SqlEngine) : null;
}

/** The single `settings` block of a Cloud SQL instance; null when unknown or absent. */
export function settingsOf(res: TfResource): TfObject | null {
  const s = blocksOf(res.values, 'settings');
  return s && s.length === 1 ? (s[0] ?? null) : null;
}

/** A read replica (`master_instance_name` set): some settings (backups) do not apply. */
export function isReplica(res: TfResource): boolean {
  const m = res.values['master_instance_name'];
  return m !== undefined && m !== null;
}

export interface DatabaseFlagSpec extends Omit<RuleMeta<'terraform'>, 'kind' | 'fixable'> {
  readonly engine: SqlEngine;
  readonly flag: string;
  /** Whether the flag's value (undefined when the flag is not set) is a problem. */
  readonly bad: (value: string | undefined) => boolean;
  /** Value the fix writes. */
  readonly good: string;
  readonly message: (res: TfResource, value: string | undefined) => string;
}

/**
 * A Cloud SQL database flag that must (not) have a value. The fix sets the value of an existing
 * `database_flags` block, or adds one after the others.
 */
export function databaseFlagRule(spec: DatabaseFlagSpec): AnyRule {
  const { engine, flag, bad, good, message, ...meta } = spec;
  return defineRule({
    ...meta,
    kind: 'terraform',
    fixable: 'auto',
    check(doc, ctx) {
      for (const res of doc.ofType('google_sql_database_instance')) {
        if (engineOf(res) !== engine) continue;
        const settings = settingsOf(res);
        if (!settings) continue;
        const flags = blocksOf(settings, 'database_flags');
        if (flags === null) continue;
        const matching = flags.filter((f) => f['name'] === flag);
        if (flags.some((f) => isUnknown(f['name']))) continue;
        const found = matching[matching.length - 1];
        const raw = found?.['value'];
        if (isUnknown(raw)) continue;
        const value = raw === undefined || raw === null ? undefined : String(raw);
        if (!bad(found ? (value ?? '') : undefined)) continue;
        if (found) {
          reportResource(doc, ctx, {
            res,
            obj: found,
            key: 'value',
            path: `database_flags/${flag}`,
            message: message(res, value),
            fix: (target) => setAttribute(target, 'value', hclString(good)),
          });
        } else {
          reportResource(doc, ctx, {
            res,
            obj: settings,
            key: 'database_flags',
            path: `database_flags/${flag}`,
            message: message(res, undefined),
            fix: (target) =>
              appendBlock(target, 'database_flags', [
                ['name', hclString(flag)],
                ['value', hclString(good)],
              ]),
          });
        }
      }
    },
  });
}

/** Case-insensitive on/off reading of a flag value. */
export function isOn(v: string | undefined): boolean {
  return v !== undefined && ['on', 'true', '1'].includes(v.trim().toLowerCase());
}
