import { defineRule } from '../../core/rule.js';
import { isTfObject, isUnknown } from '../../sources/parsers/terraform/values.js';
import { WORLD_CIDRS } from '../aws/lib/network.js';
import { setProperty } from './lib/edit.js';
import { bool } from './lib/property-rule.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/eks-public-endpoint',
  kind: 'cloudformation',
  severity: 'high',
  title: 'EKS API endpoint is open to the whole internet',
  why: 'The Kubernetes API server is the control plane of the cluster. EKS makes it public to 0.0.0.0/0 by default; anyone can then reach it to try stolen or leaked kubeconfig credentials and probe for API server vulnerabilities.',
  fix: 'Set `ResourcesVpcConfig.EndpointPrivateAccess: true` and either `EndpointPublicAccess: false` or `PublicAccessCidrs` limited to your office/VPN/CI ranges.',
  verify:
    'Run `aws eks describe-cluster --name <name> --query cluster.resourcesVpcConfig` and check endpointPublicAccess is false or publicAccessCidrs excludes 0.0.0.0/0.',
  references: [
    'CIS Amazon EKS Benchmark 5.4.2',
    'CWE-668',
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  ],
  fixable: 'suggestion',
  options: { cidr: { description: 'CIDR allowed to reach the public endpoint (e.g. your VPN range).' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::EKS::Cluster')) {
      const cfg = res.properties['ResourcesVpcConfig'];
      if (!isTfObject(cfg)) continue;
      const pub = cfg['EndpointPublicAccess'];
      if (isUnknown(pub) || bool(pub) === false) continue;
      const cidrs = cfg['PublicAccessCidrs'];
      if (isUnknown(cidrs) || (Array.isArray(cidrs) && cidrs.some(isUnknown))) continue;
      const open =
        cidrs === undefined || cidrs === null
          ? '0.0.0.0/0 (default)'
          : Array.isArray(cidrs) && cidrs.some((c) => typeof c === 'string' && WORLD_CIDRS.has(c))
            ? '0.0.0.0/0'
            : null;
      if (open === null) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['ResourcesVpcConfig', cidrs === undefined ? 'EndpointPublicAccess' : 'PublicAccessCidrs'],
        logical: 'ResourcesVpcConfig/PublicAccessCidrs',
        message: `${res.logicalId} exposes the Kubernetes API endpoint to ${open}`,
        suggest: {
          question: 'Which source range may reach the public API endpoint?',
          option: 'cidr',
          placeholder: '203.0.113.0/24',
          edits: (e, value) =>
            /^[0-9.]+\/\d{1,2}$/.test(value) && !WORLD_CIDRS.has(value)
              ? setProperty(e, doc, res, ['ResourcesVpcConfig'], 'PublicAccessCidrs', [value])
              : null,
        },
      });
    }
  },
});
