import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/** Twilio API key SIDs: `SK` followed by 32 lower-case hex digits. */
const KEY = /(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])/g;

export default defineRule({
  id: 'secrets/twilio-api-key',
  kind: 'text',
  severity: 'medium',
  title: 'Twilio API key committed',
  why: 'A Twilio API key SID names a key whose secret usually sits right next to it. Together they can send SMS and place calls billed to your account (toll fraud) and read message logs containing customer phone numbers.',
  fix: 'Delete the API key in the Twilio console (Account > API keys & tokens), create a new one, and load the SID and secret from a secret store or the environment.',
  verify: 'Check the key SID is no longer listed in the console, then re-run the scan.',
  references: ['CWE-798', 'https://www.twilio.com/docs/iam/api-keys'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'twilio-api-key',
      label: 'Twilio API key SID',
      literals: ['SK'],
      regex: KEY,
      prefixLength: 2,
    });
  },
});
