import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue, isUnset, settingOf } from './lib/values.js';

export default defineRule({
  id: 'azure/storage-public-blob-access',
  kind: 'terraform',
  severity: 'medium',
  title: 'Storage account lets containers be made public',
  why: 'When nested items may be public, any container in the account can be switched to anonymous read access with one setting, and everything in it becomes downloadable by anyone who guesses the URL. In azurerm v3 and v4 `allow_nested_items_to_be_public` defaults to true, so leaving it out is reported too (at low severity); an explicit true is medium. (In provider v2 the setting was `allow_blob_public_access`, default false.)',
  fix: 'Set `allow_nested_items_to_be_public = false` (v2: `allow_blob_public_access = false`). Serve public files through a CDN or SAS URLs instead.',
  verify: 'Run `az storage account show -n <name> --query allowBlobPublicAccess` and check it prints false.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.7',
    'CWE-284',
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_storage_account')) {
      const [key, v] = settingOf(res.values, ['allow_nested_items_to_be_public', 'allow_blob_public_access']);
      const legacy = key === 'allow_blob_public_access';
      if (!isTrue(v) && !(isUnset(v) && !legacy)) continue;
      reportResource(doc, ctx, {
        res,
        key,
        ...(isUnset(v) ? { severity: 'low' as const } : {}),
        message: isUnset(v)
          ? `${res.address} does not set ${key} (azurerm v3+ default: true): containers can be made public`
          : `${res.address} sets ${key} = true: containers can be made public`,
        fix: (target) => setAttribute(target, key, 'false'),
      });
    }
  },
});
