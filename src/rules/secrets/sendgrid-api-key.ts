import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/** SendGrid API keys: `SG.` + 22-character key id + `.` + 43-character secret (69 in all). */
const KEY = /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

export default defineRule({
  id: 'secrets/sendgrid-api-key',
  kind: 'text',
  severity: 'high',
  title: 'SendGrid API key committed',
  why: 'A SendGrid key sends email from your verified domains. Attackers use leaked keys for phishing that passes SPF and DKIM as you, which also wrecks your domain’s sending reputation; full-access keys can read contacts and create more keys.',
  fix: 'Delete the key in SendGrid (Settings > API Keys), create a new one restricted to Mail Send, and load it from a secret store or the environment.',
  verify: 'Check the key no longer appears in Settings > API Keys, then re-run the scan.',
  references: ['CWE-798', 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'sendgrid-api-key',
      label: 'SendGrid API key',
      literals: ['SG.'],
      regex: KEY,
      prefixLength: 3,
    });
  },
});
