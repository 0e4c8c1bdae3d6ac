import { blocksOf } from './terraform-document.js';
import { hasUnknown, isTfObject, type TfObject, type TfValue, Unknown } from './values.js';

/**
 * Data sources that are pure functions of their arguments, so a static scan can compute them.
 * Everything else (`aws_ami`, `aws_caller_identity`...) stays unknown.
 */
export function evaluateLocalDataSource(type: string, values: TfObject): TfObject | null {
  if (type === 'aws_iam_policy_document') return iamPolicyDocument(values);
  return null;
}

export const LOCAL_DATA_SOURCES: ReadonlySet<string> = new Set(['aws_iam_policy_document']);

function one(v: TfValue | undefined): TfValue {
  if (Array.isArray(v) && v.length === 1) return v[0] as TfValue;
  return v ?? null;
}

function principals(blocks: TfObject[]): TfValue {
  if (blocks.length === 1) {
    const b = blocks[0] as TfObject;
    const ids = b['identifiers'];
    if (b['type'] === '*' && Array.isArray(ids) && ids.length === 1 && ids[0] === '*') return '*';
  }
  const out: TfObject = {};
  for (const b of blocks) {
    const type = b['type'];
    if (typeof type !== 'string') return new Unknown('data');
    const prev = out[type];
    const ids = Array.isArray(b['identifiers']) ? b['identifiers'] : [b['identifiers'] ?? null];
    out[type] = one(Array.isArray(prev) ? [...prev, ...ids] : ids);
  }
  return out;
}

function statement(s: TfObject): TfObject {
  const out: TfObject = {};
  if (typeof s['sid'] === 'string' && s['sid'] !== '') out['Sid'] = s['sid'];
  out['Effect'] = s['effect'] ?? 'Allow';
  const put = (key: string, v: TfValue | undefined) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v) && v.length === 0) return;
    out[key] = one(v);
  };
  put('Action', s['actions']);
  put('NotAction', s['not_actions']);
  put('Resource', s['resources']);
  put('NotResource', s['not_resources']);
  const p = blocksOf(s, 'principals');
  if (p === null) out['Principal'] = new Unknown('data');
  else if (p.length) out['Principal'] = principals(p);
  const np = blocksOf(s, 'not_principals');
  if (np === null) out['NotPrincipal'] = new Unknown('data');
  else if (np.length) out['NotPrincipal'] = principals(np);
  const conds = blocksOf(s, 'condition');
  if (conds === null) out['Condition'] = new Unknown('data');
  else if (conds.length) {
    const c: TfObject = {};
    for (const cond of conds) {
      const test = cond['test'];
      const variable = cond['variable'];
      if (typeof test !== 'string' || typeof variable !== 'string') {
        out['Condition'] = new Unknown('data');
        return out;
      }
      const t = (c[test] ?? {}) as TfObject;
      t[variable] = one(cond['values']);
      c[test] = t;
    }
    out['Condition'] = c;
  }
  return out;
}

function statementsOfJson(doc: TfValue): TfValue[] | null {
  if (typeof doc !== 'string') return null;
  try {
    const parsed = JSON.parse(doc) as unknown;
    if (typeof parsed === 'object' && parsed !== null && 'Statement' in parsed) {
      const st = (parsed as { Statement: unknown }).Statement;
      return (Array.isArray(st) ? st : [st]) as TfValue[];
    }
  } catch {
    return null;
  }
  return null;
}

function iamPolicyDocument(values: TfObject): TfObject {
  const own = blocksOf(values, 'statement');
  let statements: TfValue[] = own === null ? [new Unknown('data')] : own.map(statement);
  const sources = values['source_policy_documents'] ?? values['source_json'];
  let unknownSource = false;
  for (const src of Array.isArray(sources) ? sources : sources ? [sources] : []) {
    const st = statementsOfJson(src);
    if (st === null) unknownSource = true;
    else statements = [...st, ...statements];
  }
  const overrides = values['override_policy_documents'] ?? values['override_json'];
  for (const src of Array.isArray(overrides) ? overrides : overrides ? [overrides] : []) {
    const st = statementsOfJson(src);
    if (st === null) unknownSource = true;
    else {
      for (const o of st) {
        const sid = isTfObject(o) ? o['Sid'] : undefined;
        const i = statements.findIndex((x) => isTfObject(x) && sid !== undefined && x['Sid'] === sid);
        if (i >= 0) statements[i] = o;
        else statements.push(o);
      }
    }
  }
  if (unknownSource) statements.push(new Unknown('data'));
  const doc: TfObject = { Version: values['version'] ?? '2012-10-17', Statement: statements };
  const json: TfValue = hasUnknown(doc) ? new Unknown('data', null, null, doc) : JSON.stringify(doc);
  return { ...values, json, minified_json: json };
}
