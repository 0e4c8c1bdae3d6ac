import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/**
 * Slack tokens: `xoxb-` bot, `xoxp-` user, `xoxa-`/`xoxr-` app and refresh, `xoxe-` rotating,
 * `xoxs-`/`xoxo-` legacy workspace tokens: a numeric team part, then dash-separated segments.
 * `xapp-` app-level tokens: `xapp-<n>-<app id>-<n>-<hex>`.
 */
const TOKEN =
  /(?<![A-Za-z0-9_-])(?:xox[abeoprs]-(?:[0-9]{1,20}-){1,4}[A-Za-z0-9]{8,80}|xoxe\.xox[bp]-1-[A-Za-z0-9]{40,200}|xapp-[0-9]-[A-Z0-9]{6,16}-[0-9]{6,20}-[a-f0-9]{32,80})(?![A-Za-z0-9_-])/g;

export default defineRule({
  id: 'secrets/slack-token',
  kind: 'text',
  severity: 'high',
  title: 'Slack token committed',
  why: 'A Slack token reads and posts as a bot or as a person: it can pull message history and files from every channel it can see, and post convincing phishing messages inside your workspace.',
  fix: 'Revoke the token (Slack app settings > OAuth & Permissions, or `auth.revoke`), reinstall the app to get a new one, and load it from a secret store or the environment.',
  verify:
    'Call `curl -H "Authorization: Bearer <old token>" https://slack.com/api/auth.test` and check it answers `invalid_auth` or `token_revoked`, then re-run the scan.',
  references: ['CWE-798', 'https://api.slack.com/authentication/token-types'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'slack-token',
      label: 'Slack token',
      literals: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxe', 'xoxs-', 'xoxo-', 'xapp-'],
      regex: TOKEN,
      prefixLength: 5,
    });
  },
});
