import type { TerraformDocument, TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { blocksOf } from '../../../sources/parsers/terraform/terraform-document.js';
import type { TfObject, TfValue } from '../../../sources/parsers/terraform/values.js';
import { hasWildcard, type PolicyStatement, policyStatements } from './policy.js';

/** Every IAM permission policy document in the configuration, with where it is written. */
export interface PolicyDoc {
  readonly res: TfResource;
  readonly obj: TfObject;
  readonly key: string;
  readonly value: TfValue;
}

const POLICY_TYPES = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'];

export function permissionPolicies(doc: TerraformDocument): PolicyDoc[] {
  const out: PolicyDoc[] = [];
  for (const type of POLICY_TYPES) {
    for (const res of doc.ofType(type)) {
      const v = res.values['policy'];
      if (v !== undefined) out.push({ res, obj: res.values, key: 'policy', value: v });
    }
  }
  for (const res of doc.ofType('aws_iam_role')) {
    for (const b of blocksOf(res.values, 'inline_policy') ?? []) {
      const v = b['policy'];
      if (v !== undefined) out.push({ res, obj: b, key: 'policy', value: v });
    }
  }
  return out;
}

/** Allow of every action on every resource: full administrator. */
export function isAdminStatement(s: PolicyStatement): boolean {
  return (
    s.effect === 'Allow' &&
    !s.notActions &&
    !s.notResources &&
    hasWildcard(s.actions) &&
    s.resources?.includes('*') === true
  );
}

export function grantsAdmin(value: TfValue | undefined): boolean {
  return (policyStatements(value) ?? []).some(isAdminStatement);
}

export const ADMIN_POLICY_ARN = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;
