import { defineRule } from '../../core/rule.js';
import { isTfObject, isUnknown } from '../../sources/parsers/terraform/values.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/eks-secrets-encryption',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'EKS secrets are not envelope-encrypted with your KMS key',
  why: "Without an `EncryptionConfig` for secrets, Kubernetes Secrets in etcd are protected only by EKS's default encryption with an AWS-owned key. Envelope encryption with your own KMS key adds an auditable, revocable layer; it can be turned on later but never off.",
  fix: 'Add `EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: <KMS key ARN>}}]` to the cluster.',
  verify:
    'Run `aws eks describe-cluster --name <name> --query cluster.encryptionConfig` and check it lists secrets with your key.',
  references: [
    'CIS Amazon EKS Benchmark 5.3.1',
    'CWE-311',
    'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
  ],
  fixable: 'suggestion',
  options: { keyArn: { description: 'ARN of the KMS key that encrypts the cluster secrets.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::EKS::Cluster')) {
      const configs = res.properties['EncryptionConfig'];
      if (isUnknown(configs)) continue;
      const list = Array.isArray(configs) ? configs : [];
      const covered = list.some((c) => {
        if (!isTfObject(c)) return true;
        const r = c['Resources'];
        return !Array.isArray(r) || r.includes('secrets');
      });
      if (covered) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['EncryptionConfig'],
        message: `${res.logicalId} does not encrypt Kubernetes secrets with a KMS key`,
        suggest: {
          question: 'Which KMS key (ARN) should encrypt the cluster secrets?',
          option: 'keyArn',
          placeholder: 'arn:aws:kms:eu-west-1:111122223333:key/EXAMPLE',
          edits: (e, value) =>
            /^arn:aws[\w-]*:kms:[\w-]+:\d{12}:(?:key|alias)\/[\w/-]+$/.test(value) && list.length === 0
              ? setProperty(e, doc, res, [], 'EncryptionConfig', [
                  { Resources: ['secrets'], Provider: { KeyArn: value } },
                ])
              : null,
        },
      });
    }
  },
});
