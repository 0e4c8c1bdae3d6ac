import { defineRule } from '../../core/rule.js';
import { setKey } from '../../fixers/yaml-edit.js';
import type { GhaStep } from '../../sources/parsers/github-actions/workflow-document.js';
import { describeStep, stepPath } from './lib/workflow.js';

/** Later steps that push with the persisted credentials, so removing them would break the job. */
const PUSHES = /\bgit\s+(?:push|tag\s+-?[^\n]*&&\s*git\s+push)\b|\bgit\s+commit\b/;
const PUSHING_ACTIONS = new Set([
  'stefanzweifel/git-auto-commit-action',
  'endbug/add-and-commit',
  'ad-m/github-push-action',
  'peter-evans/create-pull-request',
  'github-actions-x/commit',
]);

function pushesLater(steps: readonly GhaStep[], from: number): boolean {
  return steps
    .slice(from + 1)
    .some((s) => (s.run && PUSHES.test(s.run.value)) || (s.uses && PUSHING_ACTIONS.has(s.uses.repo)));
}

export default defineRule({
  id: 'gha/checkout-persist-credentials',
  kind: 'github-actions',
  severity: 'low',
  title: 'actions/checkout leaves the token in the working copy',
  why: 'By default actions/checkout writes the GITHUB_TOKEN into `.git/config` so later steps can push. Every later step — including third-party actions and build scripts — can read it there, and an upload of the workspace as an artifact publishes it.',
  fix: "Add `persist-credentials: false` under the checkout step's `with:`. Steps that really push should get the token explicitly (e.g. `git push https://x-access-token:${TOKEN}@github.com/...`).",
  verify:
    'After the checkout step, `git config --get-all http.https://github.com/.extraheader` prints nothing.',
  references: [
    'CWE-522',
    'https://github.com/actions/checkout#usage',
    'https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const job of doc.jobs) {
      const uploads = job.steps.some((s) => s.uses?.repo === 'actions/upload-artifact');
      job.steps.forEach((step, i) => {
        if (step.uses?.repo !== 'actions/checkout') return;
        const persist = step.with.get('persist-credentials');
        if (persist !== undefined) return;
        const needed = pushesLater(job.steps, i);
        ctx.report({
          at: step.uses.range,
          severity: uploads && !needed ? 'medium' : 'low',
          message: `${describeStep(job, step)} keeps the token in .git/config${uploads ? ' and the job uploads artifacts' : ''}`,
          path: stepPath(job, step, 'persist-credentials'),
          fix: (e) =>
            needed ? null : setKey(e, doc.source, [...step.path, 'with'], 'persist-credentials', false),
        });
      });
    }
  },
});
