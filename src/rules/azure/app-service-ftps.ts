import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource, resourcesOf } from '../aws/lib/report.js';
import { ALL_WEB_APPS } from './lib/app-service.js';

export default defineRule({
  id: 'azure/app-service-ftps',
  kind: 'terraform',
  severity: 'medium',
  title: 'App Service allows unencrypted FTP deployments',
  why: 'With `ftps_state = "AllAllowed"`, deployment credentials and application files travel over plain FTP, where anyone on the network path can capture the password and then replace the site\'s code. Only the explicit value is reported: current providers default to "Disabled" for Linux/Windows web apps.',
  fix: 'Set `ftps_state = "FtpsOnly"` in `site_config` (or "Disabled" when nobody deploys over FTP; prefer zip deploy or CI pipelines).',
  verify:
    'Run `az webapp config show -g <rg> -n <app> --query ftpsState` and check it prints "FtpsOnly" or "Disabled".',
  references: [
    'CIS Microsoft Azure Foundations Benchmark v2.0.0 9.10',
    'CWE-319',
    'https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of resourcesOf(doc, ALL_WEB_APPS)) {
      for (const site of blocksOf(res.values, 'site_config') ?? []) {
        if (site['ftps_state'] !== 'AllAllowed') continue;
        reportResource(doc, ctx, {
          res,
          obj: site,
          key: 'ftps_state',
          path: 'site_config/ftps_state',
          message: `${res.address} allows plain FTP deployments (ftps_state = "AllAllowed")`,
          fix: (target) => setAttribute(target, 'ftps_state', hclString('FtpsOnly')),
        });
      }
    }
  },
});
