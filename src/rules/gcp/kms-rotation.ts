import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from '../aws/lib/report.js';

/** 90 days, the longest rotation period CIS accepts. */
const MAX_SECONDS = 7_776_000;

function seconds(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)s$/.exec(v.trim());
  return m ? Number(m[1]) : undefined;
}

export default defineRule({
  id: 'gcp/kms-rotation',
  kind: 'terraform',
  severity: 'medium',
  title: 'KMS key is not rotated at least every 90 days',
  why: 'A symmetric key that is never (or rarely) rotated protects ever more data with the same key material, so a compromise of that material exposes everything encrypted over the years. Without `rotation_period` Cloud KMS never rotates the key. Asymmetric and MAC keys cannot rotate automatically and are skipped.',
  fix: 'Set `rotation_period = "7776000s"` (90 days) or shorter on the `google_kms_crypto_key`.',
  verify:
    'Run `gcloud kms keys describe <key> --keyring <ring> --location <loc> --format="value(rotationPeriod)"` and check it is 7776000s or less.',
  references: [
    'CIS Google Cloud Platform Foundation Benchmark v2.0.0 1.10',
    'CWE-320',
    'https://cloud.google.com/kms/docs/key-rotation',
  ],
  fixable: 'suggestion',
  options: {
    period: { description: 'Rotation period in seconds with an "s" suffix, at most 7776000s (90 days).' },
  },
  check(doc, ctx) {
    for (const res of doc.ofType('google_kms_crypto_key')) {
      const purpose = res.values['purpose'];
      if (purpose !== undefined && purpose !== null && purpose !== 'ENCRYPT_DECRYPT') continue;
      const raw = res.values['rotation_period'];
      if (isUnknown(raw)) continue;
      const secs = raw === undefined || raw === null ? undefined : seconds(raw);
      if (raw !== undefined && raw !== null && (secs === undefined || secs <= MAX_SECONDS)) continue;
      reportResource(doc, ctx, {
        res,
        key: 'rotation_period',
        message:
          secs === undefined
            ? `${res.address} has no rotation_period: the key is never rotated`
            : `${res.address} rotates every ${Math.round(secs / 86400)} days (more than 90)`,
        suggest: {
          question: 'How often should the key rotate (seconds, e.g. 7776000s for 90 days)?',
          option: 'period',
          placeholder: '7776000s',
          edits: (target, value) => {
            const s = seconds(value);
            return s !== undefined && s >= 86400 && s <= MAX_SECONDS
              ? setAttribute(target, 'rotation_period', hclString(value.trim()))
              : null;
          },
        },
      });
    }
  },
});
