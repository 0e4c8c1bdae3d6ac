import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';
import { isTrue } from './lib/values.js';

export default defineRule({
  id: 'azure/aks-local-accounts',
  kind: 'terraform',
  severity: 'medium',
  title: 'AKS cluster keeps local admin accounts',
  why: 'With local accounts enabled (the azurerm default), `az aks get-credentials --admin` hands out a static cluster-admin certificate that bypasses Entra ID: it cannot be tied to a person, is not covered by conditional access or MFA, and stays valid until the cluster certificates are rotated.',
  fix: 'Configure `azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }` and set `local_account_disabled = true` (the automatic fix is only offered when Entra ID integration is already configured, since AKS rejects the setting otherwise).',
  verify: 'Run `az aks show -g <rg> -n <cluster> --query disableLocalAccounts` and check it prints true.',
  references: [
    'CWE-798',
    'CWE-287',
    'https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('azurerm_kubernetes_cluster')) {
      const v = res.values['local_account_disabled'];
      if (isTrue(v) || isUnknown(v)) continue;
      const aad = blocksOf(res.values, 'azure_active_directory_role_based_access_control');
      reportResource(doc, ctx, {
        res,
        key: 'local_account_disabled',
        message:
          v === undefined
            ? `${res.address} does not set local_account_disabled (default false): a static cluster-admin credential exists`
            : `${res.address} keeps local accounts: a static cluster-admin credential exists`,
        ...(aad && aad.length > 0
          ? { fix: (target) => setAttribute(target, 'local_account_disabled', 'true') }
          : {}),
      });
    }
  },
});
