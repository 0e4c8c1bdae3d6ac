import { defineRule } from '../../core/rule.js';
import { isWrittenLiterally } from './lib/literal.js';
import { reportResource } from './lib/report.js';

const KEYS = ['access_key', 'secret_key', 'token'];

export default defineRule({
  id: 'aws/provider-hardcoded-credentials',
  kind: 'terraform',
  severity: 'critical',
  title: 'AWS credentials hard-coded in the provider',
  why: 'Access keys written in Terraform code end up in git history, CI logs, module registries and every clone of the repository. Anyone who reads the code can act as that identity, and removing the line later does not remove it from history.',
  fix: 'Delete `access_key`/`secret_key`/`token` from the provider and let it use the standard credential chain (environment, shared profile, SSO, or an assumed role/OIDC in CI). Then deactivate and rotate the exposed key.',
  verify:
    'Run `git grep -nE "AKIA|secret_key" -- "*.tf"` and check nothing is found; check the old key is deactivated with `aws iam list-access-keys`.',
  references: [
    'CWE-798',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration',
  ],
  check(doc, ctx) {
    for (const p of doc.providers) {
      if (p.type !== 'aws') continue;
      for (const key of KEYS) {
        const v = p.values[key];
        if (typeof v !== 'string' || v === '') continue;
        const src = doc.locate(p.values, key);
        // Plan JSON records only literal provider arguments as constant values.
        if (!isWrittenLiterally(src) && !(src?.generated && doc.origin === 'plan')) continue;
        reportResource(doc, ctx, {
          res: p,
          key,
          message: `provider "aws"${p.name ? ` (alias ${p.name})` : ''} has a hard-coded ${key}`,
          evidence: `${v.slice(0, 4)}…`,
        });
      }
    }
  },
});
