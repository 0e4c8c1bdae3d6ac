import { defineRule } from '../../core/rule.js';
import { reportResource } from '../aws/lib/report.js';
import { iamGrants, PUBLIC_MEMBERS } from './lib/iam.js';

const SCOPES = ['google_project', 'google_folder', 'google_organization'];

export default defineRule({
  id: 'gcp/iam-public-project',
  kind: 'terraform',
  severity: 'critical',
  title: 'Project IAM grants a role to everyone',
  why: 'A project, folder or organization role granted to `allUsers` (anyone) or `allAuthenticatedUsers` (anyone with a Google account) applies to every resource below it: any stranger gets that role on all your buckets, databases and VMs.',
  fix: 'Remove the `allUsers` / `allAuthenticatedUsers` member from the IAM resource and grant the role to specific users, groups or service accounts. Consider the `iam.allowedPolicyMemberDomains` organization policy.',
  verify:
    'Run `gcloud projects get-iam-policy <project>` and check no binding lists allUsers or allAuthenticatedUsers.',
  references: [
    'CWE-284',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
  ],
  check(doc, ctx) {
    for (const scope of SCOPES) {
      for (const g of iamGrants(doc, scope)) {
        if (!PUBLIC_MEMBERS.has(g.member)) continue;
        reportResource(doc, ctx, {
          res: g.at,
          obj: g.obj,
          key: g.key,
          path: `${g.role ?? 'role'}/${g.member}`,
          message: `${g.res.address} grants ${g.role ?? 'a role'} to ${g.member}`,
          evidence: g.member,
        });
      }
    }
  },
});
