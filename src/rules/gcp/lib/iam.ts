import type { TerraformDocument, TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { blocksOf } from '../../../sources/parsers/terraform/terraform-document.js';
import {
  isTfObject,
  isUnknown,
  type TfObject,
  type TfValue,
} from '../../../sources/parsers/terraform/values.js';

/** Members that mean "anyone on the internet" and "anyone with a Google account". */
export const PUBLIC_MEMBERS: ReadonlySet<string> = new Set(['allUsers', 'allAuthenticatedUsers']);

/** One IAM grant found in the configuration, and where to point at it. */
export interface IamGrant {
  /** The resource that applies the grant (member, binding or policy resource). */
  readonly res: TfResource;
  /** Resource and object holding the members (a `binding` block of a `google_iam_policy` data source for policies). */
  readonly at: TfResource;
  readonly obj: TfObject;
  readonly key: string;
  readonly role: string | null;
  readonly member: string;
}

function strings(v: TfValue | undefined): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function roleOf(v: TfValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/** Bindings of a `policy_data` value: JSON text, or a `google_iam_policy` data source. */
function policyBindings(
  doc: TerraformDocument,
  res: TfResource,
  value: TfValue | undefined,
  out: IamGrant[],
): void {
  if (isUnknown(value)) {
    const ref = value.ref;
    if (!ref || !/(?:^|\.)data\.google_iam_policy\.[^.]+$/.test(ref)) return;
    const data = doc.dataSources.find((d) => d.address === ref);
    if (!data) return;
    for (const b of blocksOf(data.values, 'binding') ?? []) {
      for (const member of strings(b['members']))
        out.push({ res, at: data, obj: b, key: 'members', role: roleOf(b['role']), member });
    }
    return;
  }
  if (typeof value !== 'string') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return;
  }
  if (!isTfObject(parsed)) return;
  const bindings = parsed['bindings'];
  if (!Array.isArray(bindings)) return;
  for (const b of bindings) {
    if (!isTfObject(b)) continue;
    for (const member of strings(b['members']))
      out.push({ res, at: res, obj: res.values, key: 'policy_data', role: roleOf(b['role']), member });
  }
}

/**
 * Every grant made by the `<prefix>_iam_member`, `_iam_binding` and `_iam_policy` resources
 * (prefix e.g. `google_storage_bucket`, `google_project`). Unknown members are skipped.
 */
export function iamGrants(doc: TerraformDocument, prefix: string): IamGrant[] {
  const out: IamGrant[] = [];
  for (const res of doc.ofType(`${prefix}_iam_member`)) {
    for (const member of strings(res.values['member']))
      out.push({ res, at: res, obj: res.values, key: 'member', role: roleOf(res.values['role']), member });
  }
  for (const res of doc.ofType(`${prefix}_iam_binding`)) {
    for (const member of strings(res.values['members']))
      out.push({ res, at: res, obj: res.values, key: 'members', role: roleOf(res.values['role']), member });
  }
  for (const res of doc.ofType(`${prefix}_iam_policy`))
    policyBindings(doc, res, res.values['policy_data'], out);
  return out;
}
