import { defineRule } from '../../core/rule.js';
import { accessKeyIds } from './lib/aws.js';
import { fileClass } from './lib/file-class.js';
import { reportSecret, VARIABLE_OPTION } from './lib/scan.js';

export default defineRule({
  id: 'secrets/aws-access-key',
  kind: 'text',
  severity: 'high',
  title: 'AWS access key id committed',
  why: 'An AWS access key id (AKIA… or ASIA…) in a file almost always travels with its secret key. Anyone who can read the repository, a build log or a container image layer can then act in your AWS account with that identity, and bots scan public code for these keys within minutes.',
  fix: 'Deactivate and delete the key in IAM (or let the STS session expire), create a new one only if still needed, and load it at run time from the environment, an AWS profile or a role instead of a file.',
  verify:
    'Run `aws iam list-access-keys --user-name <user>` and check the old key id is gone, then re-run the scan.',
  references: [
    'CWE-798',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
  ],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    if (fileClass(doc.path) === 'lock') return;
    for (const m of accessKeyIds(doc)) {
      reportSecret(doc, ctx, {
        detector: 'aws-access-key',
        label: m.value.startsWith('ASIA') ? 'AWS temporary access key id' : 'AWS access key id',
        value: m.value,
        start: m.start,
        end: m.end,
      });
    }
  },
});
