import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { reportResource } from '../aws/lib/report.js';

const WEAK = new Set(['TLS1_0', 'TLS1_1']);

export default defineRule({
  id: 'azure/storage-min-tls',
  kind: 'terraform',
  severity: 'high',
  title: 'Storage account allows TLS 1.0/1.1',
  why: 'TLS 1.0 and 1.1 have known weaknesses and are no longer supported by Microsoft for new connections; allowing them lets old or downgraded clients talk to the account over a weak channel. Since azurerm v3 the default is TLS1_2, so only an explicit TLS1_0 or TLS1_1 is reported (provider v2 defaulted to TLS1_0).',
  fix: 'Set `min_tls_version = "TLS1_2"` on the `azurerm_storage_account`.',
  verify:
    'Run `az storage account show -n <name> --query minimumTlsVersion` and check it prints "TLS1_2" (or higher).',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.15',
    'CWE-326',
    'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_storage_account')) {
      const v = res.values['min_tls_version'];
      if (typeof v !== 'string' || !WEAK.has(v)) continue;
      reportResource(doc, ctx, {
        res,
        key: 'min_tls_version',
        message: `${res.address} accepts ${v}; TLS1_2 is the minimum that should be allowed`,
        fix: (target) => setAttribute(target, 'min_tls_version', hclString('TLS1_2')),
      });
    }
  },
});
