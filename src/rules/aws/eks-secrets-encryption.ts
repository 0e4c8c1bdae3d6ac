import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/eks-secrets-encryption',
  kind: 'terraform',
  severity: 'medium',
  title: 'EKS secrets are not envelope-encrypted with KMS',
  why: "Without an `encryption_config` for secrets, Kubernetes Secrets are stored in etcd protected only by EKS's default encryption. Envelope encryption with your KMS key adds an auditable, revocable layer, and it can only be turned on, never off.",
  fix: 'Add `encryption_config { resources = ["secrets"] provider { key_arn = <KMS key ARN> } }` to the cluster.',
  verify:
    'Run `aws eks describe-cluster --name <name> --query cluster.encryptionConfig` and check it lists secrets with your key.',
  references: ['CIS Amazon EKS Benchmark 5.3.1', 'CWE-311'],
  fixable: 'suggestion',
  options: { keyArn: { description: 'KMS key ARN or reference (e.g. aws_kms_key.eks.arn).' } },
  check(doc, ctx) {
    for (const res of doc.ofType('aws_eks_cluster')) {
      const configs = blocksOf(res.values, 'encryption_config');
      if (configs === null) continue;
      const covered = configs.some((c) => {
        const r = c['resources'];
        return !Array.isArray(r) || r.includes('secrets');
      });
      if (covered) continue;
      reportResource(doc, ctx, {
        res,
        path: 'encryption_config',
        message: `${res.address} does not encrypt Kubernetes secrets with a KMS key`,
        suggest: {
          question: 'Which KMS key should encrypt the cluster secrets?',
          option: 'keyArn',
          placeholder: 'aws_kms_key.eks.arn',
          edits: (target, value) => {
            const block = target.block;
            if (!block || target.generated || target.file.syntax !== 'hcl' || configs.length > 0) return null;
            const text = target.file.text;
            const close = block.e - 1;
            const lineStart = text.lastIndexOf('\n', close - 1) + 1;
            if (text.slice(lineStart, close).trim() !== '') return null;
            const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', block.s - 1) + 1))?.[0] ?? '';
            const i = `${indent}  `;
            const key = value.startsWith('arn:') ? JSON.stringify(value) : value;
            const lines = [
              `${i}encryption_config {`,
              `${i}  resources = ["secrets"]`,
              `${i}  provider {`,
              `${i}    key_arn = ${key}`,
              `${i}  }`,
              `${i}}`,
            ];
            return {
              file: target.file.path,
              start: lineStart,
              end: lineStart,
              text: `${lines.join('\n')}\n`,
            };
          },
        },
      });
    }
  },
});
