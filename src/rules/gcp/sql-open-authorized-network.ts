import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse } from '../azure/lib/values.js';
import { settingsOf } from './lib/sql.js';

const WORLD = new Set(['0.0.0.0/0', '::/0', '0.0.0.0/1', '128.0.0.0/1']);

export default defineRule({
  id: 'gcp/sql-open-authorized-network',
  kind: 'terraform',
  severity: 'critical',
  title: 'Cloud SQL instance accepts connections from the whole internet',
  why: 'An authorized network of 0.0.0.0/0 on an instance with a public IP lets every address on the internet reach the database port; only the database password stands between attackers and the data, and weak or leaked passwords are found quickly.',
  fix: 'Replace the 0.0.0.0/0 `authorized_networks` entry with the specific egress ranges of your clients, or turn off the public IP (`ipv4_enabled = false`) and use private IP or the Cloud SQL Auth Proxy.',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.ipConfiguration.authorizedNetworks)"` and check 0.0.0.0/0 is not listed.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.5',
    'CWE-284',
    'https://cloud.google.com/sql/docs/postgres/configure-ip',
  ],
  fixable: 'suggestion',
  options: {
    cidr: { description: 'CIDR of the clients that should reach the instance instead of 0.0.0.0/0.' },
  },
  check(doc, ctx) {
    for (const res of doc.ofType('google_sql_database_instance')) {
      const settings = settingsOf(res);
      for (const ip of (settings && blocksOf(settings, 'ip_configuration')) ?? []) {
        if (isFalse(ip['ipv4_enabled'])) continue;
        for (const net of blocksOf(ip, 'authorized_networks') ?? []) {
          const v = net['value'];
          if (typeof v !== 'string' || !WORLD.has(v)) continue;
          reportResource(doc, ctx, {
            res,
            obj: net,
            key: 'value',
            path: `authorized_networks/${v}`,
            message: `${res.address} authorizes ${v}: the database is reachable from the whole internet`,
            evidence: v,
            suggest: {
              question: `Which client range should be authorized instead of ${v}?`,
              option: 'cidr',
              placeholder: '203.0.113.0/24',
              edits: (target, value) => setAttribute(target, 'value', hclString(value)),
            },
          });
        }
      }
    }
  },
});
