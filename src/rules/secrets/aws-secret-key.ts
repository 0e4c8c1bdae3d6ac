import { defineRule } from '../../core/rule.js';
import { accessKeyIds } from './lib/aws.js';
import { fileClass } from './lib/file-class.js';
import { findTokens, reportSecret, VARIABLE_OPTION } from './lib/scan.js';
import { entropy, isPlaceholderToken } from './lib/secret-value.js';

/** A secret access key: exactly 40 base64 characters, not part of a longer base64 run. */
const SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;

/** A secret named as such: `aws_secret_access_key = …`, `SecretAccessKey: …`, `AWS_SECRET_KEY=…`. */
const NAMED_SECRET =
  /(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key|credentials\.secret[_-]?key)["']?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;

/** Lines around an access key id searched for its unnamed secret. */
const PAIR_DISTANCE = 5;

function plausibleSecret(value: string): boolean {
  return (
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /[0-9]/.test(value) &&
    entropy(value) >= 4 &&
    !isPlaceholderToken(value)
  );
}

export default defineRule({
  id: 'secrets/aws-secret-key',
  kind: 'text',
  severity: 'critical',
  title: 'AWS secret access key committed',
  why: 'The secret access key is the password half of an AWS key pair. Together with its key id it lets anyone sign API calls as that identity: read data, start machines on your bill or delete resources, from anywhere, until the key is deactivated.',
  fix: 'Deactivate the key pair in IAM immediately, check CloudTrail for its use, create a replacement only if needed and load it at run time (environment, profile, instance or pod role), never from a committed file.',
  verify:
    'Check `aws iam list-access-keys` no longer lists the old key, review CloudTrail for the key id, and re-run the scan.',
  references: [
    'CWE-798',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  ],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    const cls = fileClass(doc.path);
    if (cls !== 'normal') return;
    const reported = new Set<number>();
    const report = (value: string, start: number) => {
      if (reported.has(start)) return;
      reported.add(start);
      reportSecret(doc, ctx, {
        detector: 'aws-secret-key',
        label: 'AWS secret access key',
        value,
        start,
        end: start + value.length,
      });
    };
    const literals = [
      'ecret_access_key',
      'ecret-access-key',
      'ecretAccessKey',
      'ECRET_ACCESS_KEY',
      'ecret_key',
      'ecret-key',
      'ECRET_KEY',
    ];
    for (const m of findTokens(doc, literals, NAMED_SECRET)) {
      if (plausibleSecret(m.value)) report(m.value, m.start);
    }
    for (const id of accessKeyIds(doc)) {
      const line = doc.lines.position(id.start).line;
      const from = doc.lines.lineStart(Math.max(1, line - PAIR_DISTANCE));
      const to = doc.lines.lineEnd(Math.min(doc.lines.lineCount, line + PAIR_DISTANCE));
      const window = doc.text.slice(from, to);
      SECRET_SHAPE.lastIndex = 0;
      for (let m = SECRET_SHAPE.exec(window); m !== null; m = SECRET_SHAPE.exec(window)) {
        if (plausibleSecret(m[0])) report(m[0], from + m.index);
      }
    }
  },
});
