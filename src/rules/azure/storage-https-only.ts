import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse, settingOf } from './lib/values.js';

export default defineRule({
  id: 'azure/storage-https-only',
  kind: 'terraform',
  severity: 'high',
  title: 'Storage account accepts plain HTTP',
  why: 'With secure transfer turned off, the storage account answers plain HTTP and unencrypted SMB, so account keys, SAS tokens and the data itself can be read or changed by anyone on the network path. The azurerm provider turns secure transfer on by default (`enable_https_traffic_only` in v3, `https_traffic_only_enabled` in v4), so only an explicit `false` is reported.',
  fix: 'Set `https_traffic_only_enabled = true` (azurerm v4) or `enable_https_traffic_only = true` (v3), or remove the attribute to get the default.',
  verify: 'Run `az storage account show -n <name> --query enableHttpsTrafficOnly` and check it prints true.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.1',
    'CWE-319',
    'https://learn.microsoft.com/azure/storage/common/storage-require-secure-transfer',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_storage_account')) {
      const [key, v] = settingOf(res.values, ['https_traffic_only_enabled', 'enable_https_traffic_only']);
      if (!isFalse(v)) continue;
      reportResource(doc, ctx, {
        res,
        key,
        message: `${res.address} sets ${key} = false: the account accepts unencrypted HTTP`,
        fix: (target) => setAttribute(target, key, 'true'),
      });
    }
  },
});
