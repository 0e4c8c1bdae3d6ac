import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/** Incoming webhooks: `https://hooks.slack.com/services/T…/B…/<24 characters>` (and workflow triggers). */
const WEBHOOK =
  /(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}|(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/[0-9]{6,20}\/[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/g;

export default defineRule({
  id: 'secrets/slack-webhook',
  kind: 'text',
  severity: 'medium',
  title: 'Slack webhook URL committed',
  why: 'Anyone holding an incoming-webhook URL can post messages into that Slack channel with your app’s name and icon, which makes convincing phishing or fake alerts easy. The URL itself is the only credential.',
  fix: 'Regenerate or remove the webhook in the Slack app’s Incoming Webhooks page and pass the new URL in through a secret store or an environment variable.',
  verify:
    'POST a test payload to the old URL and check Slack answers `no_service` or 404, then re-run the scan.',
  references: ['CWE-798', 'https://api.slack.com/messaging/webhooks'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'slack-webhook',
      label: 'Slack webhook',
      literals: ['hooks.slack.com/'],
      regex: WEBHOOK,
      prefixLength: 26,
    });
  },
});
