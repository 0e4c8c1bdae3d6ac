import type { Range } from '../../core/range.js';
import { defineRule } from '../../core/rule.js';
import { findExpressions, normaliseExpression } from './lib/expressions.js';
import { describeStep, stepPath, triggerNames } from './lib/workflow.js';

/** Expressions that name the pull request's own (attacker-controlled) code. */
const HEAD_CODE =
  /\bgithub\.(?:head_ref|event\.(?:pull_request\.(?:head\.(?:sha|ref|repo\.full_name|label)|merge_commit_sha|number)|number|workflow_run\.(?:head_sha|head_branch|head_repository\.full_name|pull_requests\.[^.\s]+\.(?:head\.(?:sha|ref)|number))))\b/;
/** Shell commands that fetch a pull request's code. */
const FETCH_PR =
  /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b[^\n]*\b(?:pull\/|refs\/pull\/)|\bgit\s+(?:checkout|switch|reset)\b[^\n]*\$\{\{\s*github\.(?:head_ref|event\.(?:pull_request|workflow_run))/;
/** Job or step conditions that keep fork pull requests out. */
const SAME_REPO_GUARD =
  /head\.repo\.full_name\s*==\s*github\.repository|github\.repository\s*==\s*github\.event\.pull_request\.head\.repo\.full_name|head\.repo\.fork\s*==\s*false|!\s*github\.event\.pull_request\.head\.repo\.fork|head_repository\.full_name\s*==\s*github\.repository/;

function refersToHead(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (/refs\/pull\//.test(value)) return true;
  return findExpressions(value).some((h) => HEAD_CODE.test(normaliseExpression(h.body)));
}

export default defineRule({
  id: 'gha/untrusted-checkout',
  kind: 'github-actions',
  severity: 'critical',
  title: 'Privileged workflow checks out pull request code',
  why: '`pull_request_target` and `workflow_run` workflows run with the base repository\'s secrets and a write token, even for pull requests from forks. Checking out the pull request\'s code there and building or testing it lets any outsider run their code with those secrets ("pwn request"): a build script, a test or a package install hook is enough.',
  fix: "Use the `pull_request` trigger for anything that builds or runs PR code (it has no secrets for forks). If the privileged workflow must see PR content, keep it to data: check out the base branch only, download the PR's results as artifacts from an unprivileged `pull_request` run, and never execute them.",
  verify:
    'Check that no job triggered by `pull_request_target`/`workflow_run` checks out `github.event.pull_request.head.*`, `github.head_ref`, `refs/pull/*` or the workflow_run head, and that no step runs `gh pr checkout`.',
  references: [
    'CWE-829',
    'CWE-94',
    'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/',
    'https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target',
  ],
  check(doc, ctx) {
    const triggers = triggerNames(doc);
    const event = triggers.has('pull_request_target')
      ? 'pull_request_target'
      : triggers.has('workflow_run')
        ? 'workflow_run'
        : null;
    if (!event) return;
    for (const job of doc.jobs) {
      if (job.if && SAME_REPO_GUARD.test(job.if)) continue;
      for (const step of job.steps) {
        if (step.if && SAME_REPO_GUARD.test(step.if)) continue;
        let at: Range | null = null;
        let what = '';
        if (step.uses?.repo === 'actions/checkout') {
          const ref = step.with.get('ref');
          const repo = step.with.get('repository');
          if (ref && refersToHead(ref.value)) {
            at = ref.range;
            what = `checks out ${String(ref.value)}`;
          } else if (repo && refersToHead(repo.value)) {
            at = repo.range;
            what = `checks out the fork ${String(repo.value)}`;
          }
        } else if (step.run && FETCH_PR.test(step.run.value)) {
          at = step.run.range;
          what = 'fetches the pull request head in a script';
        }
        if (!at) continue;
        ctx.report({
          at,
          message: `${describeStep(job, step)} ${what} in a ${event} workflow`,
          path: stepPath(job, step, 'checkout'),
        });
      }
    }
  },
});
