import { isUnknown, type TfObject, type TfValue } from '../../../sources/parsers/terraform/values.js';

/**
 * The first of several names a setting has had across azurerm provider versions
 * (`enable_https_traffic_only` in v3, `https_traffic_only_enabled` in v4), as [name, value].
 * The name is the one written, else the newest.
 */
export function settingOf(obj: TfObject, names: readonly string[]): [string, TfValue | undefined] {
  for (const n of names) if (obj[n] !== undefined) return [n, obj[n]];
  return [names[0] as string, undefined];
}

/** Explicit `true` (or "true"). */
export function isTrue(v: TfValue | undefined): boolean {
  return v === true || v === 'true';
}

/** Explicit `false` (or "false"). */
export function isFalse(v: TfValue | undefined): boolean {
  return v === false || v === 'false';
}

/** Absent or null: the provider default applies. */
export function isUnset(v: TfValue | undefined): v is undefined | null {
  return v === undefined || v === null;
}

/** Known string value, lower-cased; undefined for unknown or non-string values. */
export function lowerString(v: TfValue | undefined): string | undefined {
  if (isUnknown(v) || typeof v !== 'string') return undefined;
  return v.toLowerCase();
}
