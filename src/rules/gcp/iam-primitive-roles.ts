import { defineRule } from '../../core/rule.js';
import { reportResource } from '../aws/lib/report.js';
import { iamGrants, PUBLIC_MEMBERS } from './lib/iam.js';

const PRIMITIVE = new Set(['roles/owner', 'roles/editor']);
const SCOPES = ['google_project', 'google_folder', 'google_organization'];

export default defineRule({
  id: 'gcp/iam-primitive-roles',
  kind: 'terraform',
  severity: 'medium',
  title: 'Owner or Editor role granted on a project',
  why: 'Owner and Editor are basic roles that allow changing almost every resource in the project (Owner also IAM itself). A user, group or service account holding them turns any phishing, leaked key or compromised workload into control of the whole project; service accounts with them are the most common escalation path.',
  fix: 'Replace `roles/owner` / `roles/editor` with predefined or custom roles scoped to what the principal does (e.g. `roles/compute.instanceAdmin.v1`, `roles/storage.objectAdmin`); keep Owner for a break-glass group only.',
  verify:
    'Run `gcloud projects get-iam-policy <project> --flatten=bindings --filter="bindings.role:(roles/owner roles/editor)"` and check only break-glass principals remain.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 1.5',
    'CWE-250',
    'CWE-269',
    'https://cloud.google.com/iam/docs/understanding-roles#basic',
  ],
  check(doc, ctx) {
    for (const scope of SCOPES) {
      for (const g of iamGrants(doc, scope)) {
        if (!g.role || !PRIMITIVE.has(g.role) || PUBLIC_MEMBERS.has(g.member)) continue;
        if (!/^(user|group|serviceAccount|domain):/.test(g.member)) continue;
        reportResource(doc, ctx, {
          res: g.at,
          obj: g.obj,
          key: g.key,
          path: `${g.role}/${g.member}`,
          message: `${g.res.address} grants ${g.role} to ${g.member}`,
          evidence: g.member,
        });
      }
    }
  },
});
