import {
  isTfObject,
  isUnknown,
  type TfObject,
  type TfValue,
} from '../../../sources/parsers/terraform/values.js';

/** Instance-like resources with a `metadata` map. */
export const INSTANCE_TYPES: readonly string[] = [
  'google_compute_instance',
  'google_compute_instance_template',
  'google_compute_region_instance_template',
  'google_compute_instance_from_template',
];

/** The metadata map: an object, `{}` when absent, or null when not known from the code. */
export function metadataOf(values: TfObject): TfObject | null {
  const m = values['metadata'];
  if (m === undefined || m === null) return {};
  if (isUnknown(m) || !isTfObject(m)) return null;
  return m;
}

/** GCE reads metadata booleans loosely: TRUE/true/1/yes and FALSE/false/0/no. */
export function metaBool(v: TfValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'n', 'off'].includes(s)) return false;
  return undefined;
}
