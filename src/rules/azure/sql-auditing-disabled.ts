import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf, type TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse } from './lib/values.js';

const SERVERS = ['azurerm_mssql_server', 'azurerm_sql_server'];
const POLICY = 'azurerm_mssql_server_extended_auditing_policy';

export default defineRule({
  id: 'azure/sql-auditing-disabled',
  kind: 'terraform',
  severity: 'medium',
  title: 'SQL server auditing is not enabled',
  why: 'Without server auditing there is no record of who logged in, which queries ran or which data was read; a breach or an insider misusing access cannot be detected or investigated. Auditing is configured with a separate `azurerm_mssql_server_extended_auditing_policy` resource (the inline `extended_auditing_policy` block was removed in azurerm v3); a server with none, or one with `enabled = false`, is reported.',
  fix: 'Add an `azurerm_mssql_server_extended_auditing_policy` with `server_id = azurerm_mssql_server.<name>.id` sending audit logs to a storage account (`storage_endpoint`) or to Log Analytics (`log_monitoring_enabled = true` plus a diagnostic setting on the master database), with `retention_in_days` of at least 90.',
  verify: 'Run `az sql server audit-policy show -g <rg> -n <server>` and check `state` is "Enabled".',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 4.1.1',
    'CWE-778',
    'https://learn.microsoft.com/azure/azure-sql/database/auditing-overview',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const policies = doc.ofType(POLICY);
    const unlinked = policies.some((p) => {
      const id = p.values['server_id'];
      return isUnknown(id) && !/(?:^|\.)azurerm_(?:mssql|sql)_server\./.test(id.ref ?? '');
    });
    for (const type of SERVERS) {
      for (const server of doc.ofType(type)) {
        const inline = blocksOf(server.values, 'extended_auditing_policy');
        if (inline === null || inline.length > 0) continue;
        const linked = doc.referencing(POLICY, 'server_id', server, ['id']);
        for (const p of linked) reportDisabled(p);
        if (linked.length > 0 || unlinked) continue;
        reportResource(doc, ctx, {
          res: server,
          path: 'auditing',
          message: `${server.address} has no extended auditing policy: logins and queries are not audited`,
        });
      }
    }
    function reportDisabled(p: TfResource) {
      if (!isFalse(p.values['enabled'])) return;
      reportResource(doc, ctx, {
        res: p,
        key: 'enabled',
        message: `${p.address} sets enabled = false: server auditing is off`,
        fix: (target) => setAttribute(target, 'enabled', 'true'),
      });
    }
  },
});
