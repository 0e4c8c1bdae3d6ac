import { defineRule } from '../../core/rule.js';
import { PUBLIC_EVENTS, triggerNames } from './lib/workflow.js';

export default defineRule({
  id: 'gha/self-hosted-runner',
  kind: 'github-actions',
  severity: 'medium',
  title: 'Self-hosted runner used for events outsiders can trigger',
  why: "On a public repository anyone can open a pull request or comment, and a job triggered that way runs on your self-hosted machine. Unlike GitHub-hosted runners these machines are not wiped between jobs, so an outsider's code can persist, read other jobs' secrets and reach your internal network.",
  fix: 'Run jobs triggered by pull requests, comments and issues on GitHub-hosted runners, or on ephemeral, isolated self-hosted runners (one job per VM, no network access to internal systems), and require approval for fork pull requests.',
  verify:
    "Check the job's `runs-on` no longer includes `self-hosted` for these triggers, or that the runner group only accepts ephemeral runners; in repository settings require approval for outside contributors' workflows.",
  references: [
    'CWE-668',
    'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#hardening-for-self-hosted-runners',
  ],
  check(doc, ctx) {
    const events = [...triggerNames(doc)].filter((t) => PUBLIC_EVENTS.has(t));
    if (events.length === 0) return;
    for (const job of doc.jobs) {
      const runsOn = job.runsOn;
      if (!runsOn?.labels.includes('self-hosted')) continue;
      ctx.report({
        at: runsOn.range,
        message: `job "${job.id}" runs on a self-hosted runner and can be triggered by ${events.join(', ')} (dangerous if the repository is public)`,
        path: `jobs/${job.id}/runs-on`,
      });
    }
  },
});
