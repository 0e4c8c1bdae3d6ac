import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from '../aws/lib/report.js';
import { isFalse } from './lib/values.js';

export default defineRule({
  id: 'azure/aks-rbac-disabled',
  kind: 'terraform',
  severity: 'high',
  title: 'AKS cluster has Kubernetes RBAC disabled',
  why: 'Without Kubernetes RBAC every authenticated user and service account is effectively cluster admin: any compromised pod token can read all secrets and take over every workload. azurerm v3+ enables RBAC by default (`role_based_access_control_enabled`), so only an explicit false (or `role_based_access_control { enabled = false }` in v2) is reported.',
  fix: 'Set `role_based_access_control_enabled = true` (or remove it). RBAC cannot be switched on in place: Terraform replaces the cluster, so plan a migration of the workloads.',
  verify: 'Run `az aks show -g <rg> -n <cluster> --query enableRbac` and check it prints true.',
  references: ['CWE-269', 'https://learn.microsoft.com/azure/aks/concepts-identity#kubernetes-rbac'],
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_kubernetes_cluster')) {
      if (isFalse(res.values['role_based_access_control_enabled'])) {
        reportResource(doc, ctx, {
          res,
          key: 'role_based_access_control_enabled',
          message: `${res.address} disables Kubernetes RBAC`,
        });
      }
      for (const b of blocksOf(res.values, 'role_based_access_control') ?? []) {
        if (!isFalse(b['enabled'])) continue;
        reportResource(doc, ctx, {
          res,
          obj: b,
          key: 'enabled',
          path: 'role_based_access_control/enabled',
          message: `${res.address} disables Kubernetes RBAC`,
        });
      }
    }
  },
});
