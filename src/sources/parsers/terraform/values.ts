/**
 * Values of evaluated Terraform configuration: plain JSON-like data plus `Unknown` for anything
 * only known at apply time (computed attributes, data sources, remote modules, unset variables).
 * Rules must treat `Unknown` as "cannot judge": it never produces a finding by itself.
 */

export type TfValue = null | boolean | number | string | TfValue[] | TfObject | Unknown;

export interface TfObject {
  [key: string]: TfValue;
}

export type UnknownReason =
  | 'variable'
  | 'resource'
  | 'data'
  | 'module'
  | 'function'
  | 'error'
  | 'dynamic'
  | 'plan';

export class Unknown {
  constructor(
    readonly reason: UnknownReason,
    /** Address of the resource, data source or module this value comes from, when one does. */
    readonly ref: string | null = null,
    /** First attribute read from `ref` (`arn` in `aws_kms_key.k.arn`). */
    readonly attr: string | null = null,
    /** For `jsonencode(...)` of partly unknown data: the structure, with `Unknown` inside. */
    readonly partial: TfValue | undefined = undefined,
  ) {}

  toString(): string {
    return this.ref ? `(unknown: ${this.ref}${this.attr ? `.${this.attr}` : ''})` : '(unknown)';
  }
}

export const UNKNOWN = new Unknown('error');

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isTfObject(v: unknown): v is TfObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** True when the value contains an unknown anywhere. */
export function hasUnknown(v: TfValue): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (isTfObject(v)) {
    for (const k in v) if (hasUnknown(v[k] as TfValue)) return true;
  }
  return false;
}

/** Known boolean (accepting "true"/"false" strings, as Terraform converts them), else undefined. */
export function asBool(v: TfValue | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function asString(v: TfValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function asNumber(v: TfValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** JSON-like text of a value, unknowns shown as `(unknown)`; for evidence and messages. */
export function show(v: TfValue | undefined): string {
  if (v === undefined) return 'unset';
  if (v instanceof Unknown) return v.toString();
  return JSON.stringify(v, (_k, x: unknown) => (x instanceof Unknown ? x.toString() : x)) ?? 'null';
}
