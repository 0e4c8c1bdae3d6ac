import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { ALL_WEB_APPS } from './lib/app-service.js';

const WEAK = new Set(['1.0', '1.1']);
const ATTRS = ['minimum_tls_version', 'min_tls_version', 'scm_minimum_tls_version', 'scm_min_tls_version'];

export default defineRule({
  id: 'azure/app-service-min-tls',
  kind: 'terraform',
  severity: 'medium',
  title: 'App Service accepts TLS older than 1.2',
  why: 'Allowing TLS 1.0 or 1.1 lets clients (and attackers forcing a downgrade) use protocol versions with known weaknesses for the app or its deployment (SCM/Kudu) endpoint. The provider default is "1.2", so only an explicit older version in `site_config` is reported.',
  fix: 'Set `minimum_tls_version = "1.2"` (`min_tls_version` on the legacy `azurerm_app_service`) and `scm_minimum_tls_version = "1.2"` in `site_config`.',
  verify:
    'Run `az webapp config show -g <rg> -n <app> --query "[minTlsVersion, scmMinTlsVersion]"` and check both are "1.2" or higher.',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 9.3',
    'CWE-326',
    'https://learn.microsoft.com/azure/app-service/overview-tls',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, ALL_WEB_APPS)) {
      for (const site of blocksOf(res.values, 'site_config') ?? []) {
        for (const attr of ATTRS) {
          const v = site[attr];
          if (typeof v !== 'string' || !WEAK.has(v)) continue;
          reportResource(doc, ctx, {
            res,
            obj: site,
            key: attr,
            path: `site_config/${attr}`,
            message: `${res.address} sets site_config ${attr} = "${v}"`,
            fix: (target) => setAttribute(target, attr, hclString('1.2')),
          });
        }
      }
    }
  },
});
