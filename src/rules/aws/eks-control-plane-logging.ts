import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

const NEEDED = ['api', 'audit', 'authenticator'];

export default defineRule({
  id: 'aws/eks-control-plane-logging',
  kind: 'terraform',
  severity: 'medium',
  title: 'EKS control plane audit logging is off',
  why: 'Without API, audit and authenticator logs there is no record of who did what in the cluster: a stolen token creating privileged pods or reading secrets leaves no trace.',
  fix: 'Set `enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]` (at least api, audit and authenticator).',
  verify:
    'Run `aws eks describe-cluster --name <name> --query cluster.logging` and check api, audit and authenticator are enabled.',
  references: ['CIS Amazon EKS Benchmark 2.1.1', 'CWE-778'],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('aws_eks_cluster')) {
      const v = res.values['enabled_cluster_log_types'];
      if (isUnknown(v) || (Array.isArray(v) && v.some(isUnknown))) continue;
      const have = Array.isArray(v) ? v : [];
      const missing = NEEDED.filter((t) => !have.includes(t));
      if (missing.length === 0) continue;
      reportResource(doc, ctx, {
        res,
        key: 'enabled_cluster_log_types',
        message: `${res.address} does not log ${missing.join(', ')} events`,
        ...(v === undefined
          ? {
              fix: (target) =>
                setAttribute(
                  target,
                  'enabled_cluster_log_types',
                  '["api", "audit", "authenticator", "controllerManager", "scheduler"]',
                ),
            }
          : {}),
      });
    }
  },
});
