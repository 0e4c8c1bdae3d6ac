import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/** Google API keys: `AIza` followed by 35 URL-safe base64 characters (39 in all). */
const KEY = /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g;

export default defineRule({
  id: 'secrets/google-api-key',
  kind: 'text',
  severity: 'medium',
  title: 'Google API key committed',
  why: 'A Google API key bills its project for every call made with it. Unrestricted keys can be used from anywhere for any enabled API (Maps, Gemini, Translate...), running up costs or exhausting quotas; some APIs also return project data.',
  fix: 'In the Google Cloud console (APIs & Services > Credentials) restrict the key to the APIs and referrers/IPs that need it, or delete it and create a new restricted key loaded from configuration rather than source.',
  verify:
    'Check the key shows API and application restrictions (or is deleted) in the console, then re-run the scan.',
  references: ['CWE-798', 'https://cloud.google.com/docs/authentication/api-keys'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    let firebaseConfig: boolean | undefined; // asked only when a key is found
    const firebase = () =>
      (firebaseConfig ??= doc.text.includes('authDomain') && doc.text.includes('firebaseapp.com'));
    detectPrefixed(doc, ctx, {
      detector: 'google-api-key',
      label: 'Google API key',
      literals: ['AIza'],
      regex: KEY,
      prefixLength: 4,
      // Firebase web configs ship the key to browsers by design; it still needs restrictions.
      severity: () => (firebase() ? 'low' : undefined),
      note: () =>
        firebase() ? 'Firebase web config: public by design, make sure it is restricted' : undefined,
    });
  },
});
