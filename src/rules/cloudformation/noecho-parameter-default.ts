import { defineRule } from '../../core/rule.js';
import { isPlaceholder, SECRET_NAME } from '../aws/lib/literal.js';

export default defineRule({
  id: 'cfn/noecho-parameter-default',
  kind: 'cloudformation',
  severity: 'high',
  title: 'Secret parameter has a default value in the template',
  why: "`NoEcho` hides a parameter in the console and API output, but a `Default` is written in the template itself: everyone who can read the repository, its history or the stack's stored template (`cloudformation:GetTemplate`) can read the secret, and every stack created without overriding it shares the same password.",
  fix: 'Remove the `Default` and pass the value at deploy time, or better, replace the parameter with a `{{resolve:secretsmanager:...}}` dynamic reference or `ManageMasterUserPassword: true`. Rotate the exposed value.',
  verify:
    'Search the template for `Default:` under NoEcho or password-like parameters and check none remains; rotate the credential.',
  references: [
    'CWE-798',
    'CWE-259',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/security-best-practices.html#creds',
  ],
  check(doc, ctx) {
    for (const p of doc.parameters) {
      if (!p.noEcho && !SECRET_NAME.test(p.name)) continue;
      const d = p.default;
      if (typeof d !== 'string' && typeof d !== 'number') continue;
      const value = String(d);
      if (value.trim() === '' || isPlaceholder(value) || /^\{\{resolve:/.test(value)) continue;
      // A password-like name on a non-NoEcho parameter is a hint only when the value looks secret.
      if (!p.noEcho && (p.type !== 'String' || /^(?:arn:|\/|alias\/)/.test(value))) continue;
      ctx.report({
        at: doc.source.keyRange([...p.path, 'Default']),
        message: `parameter ${p.name}${p.noEcho ? ' (NoEcho)' : ''} has a hard-coded default secret`,
        path: `Parameters/${p.name}/Default`,
      });
    }
  },
});
