import { defineRule } from '../../core/rule.js';
import { fileClass } from './lib/file-class.js';
import { firstIndexOf, reportSecret } from './lib/scan.js';

const TYPE = /"type"\s*:\s*"service_account"/;
const PRIVATE_KEY =
  /"private_key"\s*:\s*"(?<key>-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\n|\\r|\s)*(?<body>[A-Za-z0-9+/=]{40}))/g;
const KEY_ID = /"private_key_id"\s*:\s*"(?<id>[0-9a-f]{40})"/;
const EMAIL = /"client_email"\s*:\s*"(?<email>[^"@\s]{1,100}@[^"\s]{1,200})"/;

export default defineRule({
  id: 'secrets/gcp-service-account',
  kind: 'text',
  severity: 'critical',
  title: 'Google Cloud service account key committed',
  why: 'A service account key file lets anyone act as that service account, with all of its IAM roles, from anywhere, until the key is deleted. Service accounts often hold broad project roles, so one leaked JSON file can expose a whole project.',
  fix: 'Delete the key (`gcloud iam service-accounts keys delete <key id> --iam-account <email>`), review the account’s recent activity, and use workload identity (attached service accounts, Workload Identity Federation) instead of key files.',
  verify:
    'Run `gcloud iam service-accounts keys list --iam-account <email>` and check the key id is gone, then re-run the scan.',
  references: [
    'CWE-798',
    'CIS Google Cloud Platform Foundation Benchmark 1.4',
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
  ],
  check(doc, ctx) {
    if (fileClass(doc.path) === 'lock' || firstIndexOf(doc, 'service_account') < 0) return;
    if (!TYPE.test(doc.text)) return;
    PRIVATE_KEY.lastIndex = 0;
    for (let m = PRIVATE_KEY.exec(doc.text); m !== null; m = PRIVATE_KEY.exec(doc.text)) {
      const start = m.index + m[0].indexOf('-----BEGIN');
      const keyId = KEY_ID.exec(doc.text)?.groups?.['id'];
      const email = EMAIL.exec(doc.text)?.groups?.['email'];
      const body = m.groups?.['body'] ?? '';
      reportSecret(doc, ctx, {
        detector: 'gcp-service-account',
        label: 'service account private key',
        value: keyId ?? body,
        start,
        end: start + (m.groups?.['key']?.length ?? 0),
        noSuggestion: true,
        evidence: '"private_key": "-----BEGIN PRIVATE KEY-----... (key hidden)"',
        ...(email ? { note: `service account ${email}` } : {}),
      });
    }
  },
});
