import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';

export default defineRule({
  id: 'gcp/gke-client-certificate',
  kind: 'terraform',
  severity: 'high',
  title: 'GKE cluster issues a client certificate',
  why: "An issued client certificate is a long-lived cluster credential stored in Terraform state and the cluster's API response; it cannot be revoked without rotating the cluster CA, and anyone who reads it keeps access. The provider default is not to issue one.",
  fix: 'Set `issue_client_certificate = false` in `master_auth.client_certificate_config` (this recreates the cluster) and authenticate with Google identities (gcloud / workload identity) instead.',
  verify:
    'Run `gcloud container clusters describe <cluster> --format="value(masterAuth.clientCertificate)"` and check it is empty.',
  references: [
    'CIS Google Kubernetes Engine (GKE) Benchmark 5.8.1',
    'CWE-798',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('google_container_cluster')) {
      for (const auth of blocksOf(res.values, 'master_auth') ?? []) {
        for (const cc of blocksOf(auth, 'client_certificate_config') ?? []) {
          if (!isTrue(cc['issue_client_certificate'])) continue;
          reportResource(doc, ctx, {
            res,
            obj: cc,
            key: 'issue_client_certificate',
            path: 'master_auth/client_certificate_config/issue_client_certificate',
            message: `${res.address} issues a long-lived client certificate`,
          });
        }
      }
    }
  },
});
