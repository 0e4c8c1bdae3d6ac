import {
  isTfObject,
  isUnknown,
  type TfObject,
  type TfValue,
} from '../../../sources/parsers/terraform/values.js';

/** One IAM policy statement, normalised. `null` lists mean "not decidable" (unknown parts). */
export interface PolicyStatement {
  readonly raw: TfObject;
  readonly effect: 'Allow' | 'Deny' | null;
  readonly actions: readonly string[] | null;
  readonly resources: readonly string[] | null;
  readonly notActions: boolean;
  readonly notResources: boolean;
  /** `Principal` as written (undefined when absent). */
  readonly principal: TfValue | undefined;
  readonly condition: TfValue | undefined;
}

/**
 * Statements of a policy document given as JSON text (jsonencode, heredoc, data source `json`),
 * as an object, or as a partly unknown jsonencode value. Null when the document is unknown.
 */
export function policyStatements(doc: TfValue | undefined): PolicyStatement[] | null {
  let v: TfValue | undefined = doc;
  if (isUnknown(v)) v = v.partial;
  if (typeof v === 'string') {
    if (v.trim() === '') return [];
    try {
      v = JSON.parse(v) as TfValue;
    } catch {
      return null;
    }
  }
  if (!isTfObject(v)) return null;
  const st = v['Statement'];
  if (st === undefined) return [];
  const list = Array.isArray(st) ? st : [st];
  const out: PolicyStatement[] = [];
  for (const s of list) {
    if (!isTfObject(s)) return null;
    const effect = s['Effect'];
    out.push({
      raw: s,
      effect: effect === 'Allow' || effect === 'Deny' ? effect : null,
      actions: strings(s['Action']),
      resources: strings(s['Resource']),
      notActions: s['NotAction'] !== undefined,
      notResources: s['NotResource'] !== undefined,
      principal: s['Principal'],
      condition: s['Condition'],
    });
  }
  return out;
}

function strings(v: TfValue | undefined): string[] | null {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  return null;
}

/** `Principal: "*"` or `{"AWS": "*"}` (also inside a list): anyone, including anonymous callers. */
export function isPublicPrincipal(p: TfValue | undefined): boolean {
  if (p === '*') return true;
  if (!isTfObject(p)) return false;
  for (const key of ['AWS', 'CanonicalUser']) {
    const v = p[key];
    if (v === '*' || (Array.isArray(v) && v.includes('*'))) return true;
  }
  return false;
}

export function hasWildcard(list: readonly string[] | null): boolean {
  return list?.some((a) => a === '*' || a === '*:*') === true;
}

/** An Allow statement open to anyone with no Condition to narrow it. */
export function isPublicStatement(s: PolicyStatement): boolean {
  return (
    s.effect === 'Allow' &&
    isPublicPrincipal(s.principal) &&
    (s.condition === undefined || s.condition === null)
  );
}
