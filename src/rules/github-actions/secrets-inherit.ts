import { defineRule } from '../../core/rule.js';
import { setKey } from '../../fixers/yaml-edit.js';

export default defineRule({
  id: 'gha/secrets-inherit',
  kind: 'github-actions',
  severity: 'low',
  title: 'Reusable workflow receives every secret',
  why: "`secrets: inherit` hands all of the calling repository's and organisation's secrets to the called workflow, although it usually needs one or two. If that workflow (or an action it uses) is compromised or later changed, it can read every one of them.",
  fix: 'Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.',
  verify:
    "Check the calling job lists explicit secrets and that the called workflow's `on.workflow_call.secrets` declares exactly those; run the workflow and confirm it still succeeds.",
  references: [
    'CWE-200',
    'CWE-272',
    'https://docs.github.com/en/actions/sharing-automations/reusing-workflows#passing-secrets-to-nested-workflows',
  ],
  fixable: 'suggestion',
  options: {
    secrets: { description: 'Comma-separated names of the secrets the called workflow needs.' },
  },
  check(doc, ctx) {
    for (const job of doc.jobs) {
      const secrets = job.secrets;
      if (!secrets || typeof secrets.value !== 'string' || secrets.value.trim() !== 'inherit') continue;
      ctx.report({
        at: secrets.range,
        message: `job "${job.id}" passes all secrets to ${job.uses?.raw ?? 'a reusable workflow'} (secrets: inherit)`,
        path: `jobs/${job.id}/secrets`,
        suggest: {
          question: `Which secrets does ${job.uses?.raw ?? 'the called workflow'} need?`,
          option: 'secrets',
          placeholder: 'SECRET_NAME',
          edits: (e, value) => {
            const names = value
              .split(/[\s,]+/)
              .map((n) => n.trim())
              .filter((n) => n !== '');
            if (names.length === 0 || names.some((n) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) return null;
            const map = Object.fromEntries(names.map((n) => [n, `\${{ secrets.${n} }}`]));
            return setKey(e, doc.source, job.path, 'secrets', map);
          },
        },
      });
    }
  },
});
