import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gke-workload-identity.js';

const gke = (extra: string) =>
  `resource "google_container_cluster" "gke" {\n  name     = "prod"\n  location = "europe-west1"\n${extra}}\n`;
const wi = '\n  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [{ code: gke(wi) }, { name: 'autopilot', code: gke('  enable_autopilot = true\n') }],
    invalid: [
      {
        name: 'missing: suggestion inserts the pool',
        code: gke(''),
        options: { project: 'acme-prod' },
        errors: [{ line: 1 }],
        output: gke('  workload_identity_config {\n    workload_pool = "acme-prod.svc.id.goog"\n  }\n'),
      },
      {
        name: 'node pool exposes the metadata server',
        code: `${gke(wi)}\nresource "google_container_node_pool" "pool" {\n  cluster = google_container_cluster.gke.name\n\n  node_config {\n    workload_metadata_config {\n      mode = "GCE_METADATA"\n    }\n  }\n}\n`,
        errors: [{ line: 15, message: /mode = "GCE_METADATA"/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
