import type {
  CfnResource,
  CfnValue,
  CloudFormationDocument,
  PropPath,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject } from '../../../sources/parsers/terraform/values.js';

/** An IAM permission policy document written in the template, with where it is. */
export interface CfnPolicyDoc {
  readonly res: CfnResource;
  /** Path of the document below Properties (`['Policies', 0, 'PolicyDocument']`). */
  readonly path: PropPath;
  readonly value: CfnValue;
}

const STANDALONE: ReadonlySet<string> = new Set([
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
]);
const WITH_INLINE: ReadonlySet<string> = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);
const SAM_WITH_POLICIES: ReadonlySet<string> = new Set([
  'AWS::Serverless::Function',
  'AWS::Serverless::StateMachine',
]);

/** Every permission policy document: IAM policies, inline role/user/group policies, SAM `Policies`. */
export function permissionPolicies(doc: CloudFormationDocument): CfnPolicyDoc[] {
  const out: CfnPolicyDoc[] = [];
  for (const res of doc.resources) {
    if (STANDALONE.has(res.type)) {
      const v = res.properties['PolicyDocument'];
      if (v !== undefined) out.push({ res, path: ['PolicyDocument'], value: v });
    } else if (WITH_INLINE.has(res.type)) {
      const list = res.properties['Policies'];
      if (!Array.isArray(list)) continue;
      list.forEach((p, i) => {
        if (isTfObject(p) && p['PolicyDocument'] !== undefined)
          out.push({ res, path: ['Policies', i, 'PolicyDocument'], value: p['PolicyDocument'] });
      });
    } else if (SAM_WITH_POLICIES.has(res.type)) {
      const policies = res.properties['Policies'];
      const list = Array.isArray(policies) ? policies : [policies];
      list.forEach((p, i) => {
        // Inline documents only: strings are managed policy names/ARNs, other maps SAM policy templates.
        if (!isTfObject(p) || p['Statement'] === undefined) return;
        out.push({ res, path: Array.isArray(policies) ? ['Policies', i] : ['Policies'], value: p });
      });
    }
  }
  return out;
}
