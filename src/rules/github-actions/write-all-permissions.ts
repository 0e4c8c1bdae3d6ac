import { defineRule } from '../../core/rule.js';
import type { GhaPermissions } from '../../sources/parsers/github-actions/workflow-document.js';
import { parsePermissions, replacePermissions } from './lib/permissions.js';

export default defineRule({
  id: 'gha/write-all-permissions',
  kind: 'github-actions',
  severity: 'high',
  title: 'Workflow token has write access to everything',
  why: '`permissions: write-all` gives the GITHUB_TOKEN write access to code, releases, packages, issues and more. Any step that is compromised — a third-party action, a dependency install script, an injected command — can then push code, tamper with releases or publish packages.',
  fix: 'Replace `write-all` with the scopes the job actually uses, e.g. `permissions: { contents: read }`, adding single write scopes (`pull-requests: write`) only where needed.',
  verify:
    'Re-run the workflow and check it still succeeds; the "Set up job" log lists the GITHUB_TOKEN permissions and should show only the scopes you set.',
  references: [
    'CWE-250',
    'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token',
  ],
  fixable: 'suggestion',
  options: {
    permissions: {
      description: 'Permissions to use instead, e.g. `contents: read, pull-requests: write` or `read-all`.',
    },
  },
  check(doc, ctx) {
    const targets: [string, GhaPermissions | null][] = [
      ['workflow', doc.permissions],
      ...doc.jobs.map((j): [string, GhaPermissions | null] => [`job "${j.id}"`, j.permissions]),
    ];
    for (const [where, perms] of targets) {
      if (perms?.kind !== 'write-all') continue;
      ctx.report({
        at: perms.range,
        message: `${where} grants the GITHUB_TOKEN write-all permissions`,
        path: [...perms.path].join('/'),
        suggest: {
          question: `Which token permissions does the ${where} need?`,
          option: 'permissions',
          placeholder: 'contents: read',
          edits: (e, value) => {
            const parsed = parsePermissions(value);
            if (parsed === null || parsed === 'write-all') return null;
            return replacePermissions(e, doc, perms.path, parsed);
          },
        },
      });
    }
  },
});
