import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { reportResource } from '../aws/lib/report.js';

const PUBLIC: Record<string, string> = {
  blob: 'anyone can read any blob whose URL they know',
  container: 'anyone can list and read every blob in it',
};

export default defineRule({
  id: 'azure/storage-container-public',
  kind: 'terraform',
  severity: 'high',
  title: 'Storage container allows anonymous access',
  why: 'A container with access type `blob` or `container` serves its contents to anyone on the internet without a key or token; with `container`, anyone can also list the names of all blobs. Backups, exports and logs leak this way.',
  fix: 'Set `container_access_type = "private"` and give readers SAS tokens, Entra ID roles or a CDN in front.',
  verify:
    'Run `az storage container show -n <container> --account-name <account> --query properties.publicAccess` and check it prints null.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 3.7',
    'CWE-284',
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_storage_container')) {
      const v = res.values['container_access_type'];
      if (typeof v !== 'string' || !PUBLIC[v]) continue;
      reportResource(doc, ctx, {
        res,
        key: 'container_access_type',
        ...(v === 'container' ? { severity: 'critical' as const } : {}),
        message: `${res.address} has access type "${v}": ${PUBLIC[v]}`,
        fix: (target) => setAttribute(target, 'container_access_type', hclString('private')),
      });
    }
  },
});
