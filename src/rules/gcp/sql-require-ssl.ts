import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute, setNestedAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from '../azure/lib/values.js';
import { settingsOf } from './lib/sql.js';

const SAFE_MODES = new Set(['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED']);

export default defineRule({
  id: 'gcp/sql-require-ssl',
  kind: 'terraform',
  severity: 'high',
  title: 'Cloud SQL instance accepts unencrypted connections',
  why: 'Unless SSL is required, clients may connect in clear text, sending passwords and query results readable and changeable by anyone on the network path. The default `ssl_mode` is ALLOW_UNENCRYPTED_AND_ENCRYPTED. The check accepts `ssl_mode` ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED, or the older `require_ssl = true` (removed in google provider v6).',
  fix: 'Set `ssl_mode = "ENCRYPTED_ONLY"` in `settings.ip_configuration` (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED to also require client certificates), after checking clients connect with TLS or through the Cloud SQL Auth Proxy / connectors, which always encrypt.',
  verify:
    'Run `gcloud sql instances describe <instance> --format="value(settings.ipConfiguration.sslMode)"` and check it prints ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 6.4',
    'CWE-319',
    'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('google_sql_database_instance')) {
      const settings = settingsOf(res);
      if (!settings) continue;
      const ips = blocksOf(settings, 'ip_configuration');
      if (ips === null) continue;
      const ip = ips[0];
      const mode = ip?.['ssl_mode'];
      const legacy = ip?.['require_ssl'];
      if (isUnknown(mode) || (mode === undefined && isUnknown(legacy))) continue;
      if (typeof mode === 'string' && SAFE_MODES.has(mode)) continue;
      if ((mode === undefined || mode === null) && isTrue(legacy)) continue;
      reportResource(doc, ctx, {
        res,
        obj: ip ?? settings,
        key: !ip
          ? 'ip_configuration'
          : mode === undefined && legacy !== undefined
            ? 'require_ssl'
            : 'ssl_mode',
        path: 'settings/ip_configuration/ssl_mode',
        message:
          typeof mode === 'string'
            ? `${res.address} sets ssl_mode = "${mode}": unencrypted connections are accepted`
            : `${res.address} does not require SSL: unencrypted connections are accepted`,
        fix: (target) =>
          ip
            ? setAttribute(target, 'ssl_mode', hclString('ENCRYPTED_ONLY'))
            : setNestedAttribute(target, 'ip_configuration', 'ssl_mode', hclString('ENCRYPTED_ONLY')),
      });
    }
  },
});
