import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { WORLD_CIDRS } from './lib/network.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/eks-public-endpoint',
  kind: 'terraform',
  severity: 'high',
  title: 'EKS API endpoint is open to the whole internet',
  why: 'The Kubernetes API server is the control plane of the cluster. Open to 0.0.0.0/0 it is exposed to credential stuffing with leaked kubeconfigs and to every future API server vulnerability.',
  fix: 'Set `endpoint_public_access = false` (use the private endpoint over VPN), or restrict `public_access_cidrs` to your office/VPN ranges.',
  verify:
    'Run `aws eks describe-cluster --name <name> --query cluster.resourcesVpcConfig` and check endpointPublicAccess is false or publicAccessCidrs excludes 0.0.0.0/0.',
  references: [
    'CIS Amazon EKS Benchmark 5.4.2',
    'CWE-284',
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  ],
  fixable: 'suggestion',
  options: { cidr: { description: 'CIDR allowed to reach the public endpoint.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('aws_eks_cluster')) {
      for (const vpc of blocksOf(res.values, 'vpc_config') ?? []) {
        const pub = vpc['endpoint_public_access'];
        if (pub === false || isUnknown(pub)) continue;
        const cidrs = vpc['public_access_cidrs'];
        if (
          cidrs !== undefined &&
          (!Array.isArray(cidrs) || !cidrs.some((c) => typeof c === 'string' && WORLD_CIDRS.has(c)))
        )
          continue;
        reportResource(doc, ctx, {
          res,
          obj: vpc,
          key: cidrs === undefined ? 'endpoint_public_access' : 'public_access_cidrs',
          path: 'vpc_config/public_access_cidrs',
          message: `${res.address} exposes the Kubernetes API endpoint to 0.0.0.0/0`,
          suggest: {
            question: 'Which CIDR should be allowed to reach the EKS API endpoint?',
            option: 'cidr',
            placeholder: '203.0.113.0/24',
            edits: (target, value) => setAttribute(target, 'public_access_cidrs', `[${hclString(value)}]`),
          },
        });
      }
    }
  },
});
