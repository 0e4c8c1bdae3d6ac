import { defineRule } from '../../core/rule.js';
import { insertTopLevelPermissions, parsePermissions } from './lib/permissions.js';
import { triggerNames } from './lib/workflow.js';

export default defineRule({
  id: 'gha/missing-permissions',
  kind: 'github-actions',
  severity: 'medium',
  title: 'Workflow does not restrict the GITHUB_TOKEN permissions',
  why: "Without a `permissions:` block the workflow token gets the repository's default permissions, which for many repositories and organisations is still read/write to contents, packages, issues and more. A compromised step can then push code or tamper with releases although the workflow only needed to read.",
  fix: 'Add a top-level `permissions:` block with the least the workflow needs, typically `permissions: { contents: read }`, and grant extra write scopes per job.',
  verify:
    'Re-run the workflow; the "Set up job" log shows the GITHUB_TOKEN permissions, which should list only the scopes you set.',
  references: [
    'CWE-250',
    'CWE-272',
    'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions',
  ],
  fixable: 'suggestion',
  options: {
    permissions: {
      description: 'Top-level permissions to add, e.g. `contents: read` or `contents: read, issues: write`.',
    },
  },
  check(doc, ctx) {
    if (doc.permissions || doc.jobs.length === 0) return;
    const triggers = triggerNames(doc);
    // A reusable workflow runs with (at most) its caller's permissions.
    if (triggers.size > 0 && [...triggers].every((t) => t === 'workflow_call')) return;
    const open = doc.jobs.filter((j) => !j.permissions);
    if (open.length === 0) return;
    ctx.report({
      at: doc.onKeyRange,
      message: `workflow has no top-level permissions, so ${open.length === doc.jobs.length ? 'all jobs' : `job(s) ${open.map((j) => `"${j.id}"`).join(', ')}`} get the default token permissions`,
      path: 'permissions',
      suggest: {
        question: 'Which GITHUB_TOKEN permissions should the workflow default to?',
        option: 'permissions',
        placeholder: 'contents: read',
        edits: (e, value) => {
          const parsed = parsePermissions(value);
          if (parsed === null || parsed === 'write-all') return null;
          return insertTopLevelPermissions(e, doc, parsed);
        },
      },
    });
  },
});
