import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { INSTANCE_TYPES } from './lib/metadata.js';

const FULL = new Set(['cloud-platform', 'https://www.googleapis.com/auth/cloud-platform']);
const DEFAULT_SA = /^(?:default|\d+-compute@developer\.gserviceaccount\.com)$/;

export default defineRule({
  id: 'gcp/compute-default-service-account',
  kind: 'terraform',
  severity: 'high',
  title: 'VM uses the default service account with full API access',
  why: 'The Compute Engine default service account has the Editor role on the project in most projects. With the `cloud-platform` scope, anything running on the VM (or anyone who breaks into it) can read and change almost every resource in the project through the metadata server token. A service account block without `email` uses the default account.',
  fix: 'Create a dedicated service account with only the roles the VM needs and set `service_account { email = google_service_account.<name>.email, scopes = ["cloud-platform"] }`.',
  verify:
    'Run `gcloud compute instances describe <vm> --format="value(serviceAccounts)"` and check the email is not <number>-compute@developer.gserviceaccount.com.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.1',
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 4.2',
    'CWE-250',
    'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
  ],
  check(doc, ctx) {
    for (const res of resourcesOf(doc, INSTANCE_TYPES)) {
      for (const sa of blocksOf(res.values, 'service_account') ?? []) {
        const email = sa['email'];
        if (isUnknown(email)) continue;
        if (email !== undefined && email !== null && !(typeof email === 'string' && DEFAULT_SA.test(email)))
          continue;
        const scopes = sa['scopes'];
        if (!Array.isArray(scopes) || !scopes.some((s) => typeof s === 'string' && FULL.has(s))) continue;
        reportResource(doc, ctx, {
          res,
          obj: sa,
          key: 'scopes',
          path: 'service_account/scopes',
          message: `${res.address} runs as the default compute service account with the cloud-platform scope`,
        });
      }
    }
  },
});
