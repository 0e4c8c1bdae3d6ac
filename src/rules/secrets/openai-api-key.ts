import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/**
 * OpenAI API keys. Project, service-account and admin keys start `sk-proj-`, `sk-svcacct-`,
 * `sk-admin-`; older user keys are `sk-` + 20 characters + `T3BlbkFJ` (base64 of "OpenAI") + 20.
 */
const KEY =
  /(?<![A-Za-z0-9_-])(?:sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g;

export default defineRule({
  id: 'secrets/openai-api-key',
  kind: 'text',
  severity: 'high',
  title: 'OpenAI API key committed',
  why: 'An OpenAI key spends your organisation’s credit on every request made with it and, for project and admin keys, can read uploaded files, fine-tunes and assistants. Leaked keys are abused within hours to resell model access.',
  fix: 'Revoke the key on the OpenAI platform (API keys page), create a project-scoped replacement with only the permissions needed, and load it from a secret store or `OPENAI_API_KEY` in the environment.',
  verify:
    'Check the key shows as revoked on the API keys page (or `curl https://api.openai.com/v1/models -H "Authorization: Bearer <old key>"` answers 401), then re-run the scan.',
  references: ['CWE-798', 'https://platform.openai.com/docs/api-reference/authentication'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'openai-api-key',
      label: 'OpenAI API key',
      literals: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'T3BlbkFJ'],
      regex: KEY,
      prefixLength: 3,
    });
  },
});
