import { defineRule } from '../../core/rule.js';
import { hclString, setAttribute } from '../../fixers/hcl-edit.js';
import { OUTDATED_ELB_TLS_POLICIES } from '../shared/lib/elb-policies.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/elb-outdated-tls-policy',
  kind: 'terraform',
  severity: 'medium',
  title: 'Load balancer accepts TLS 1.0/1.1',
  why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and allow weak ciphers; keeping them lets an attacker on the network path push clients to the weakest protocol the listener accepts. `ELBSecurityPolicy-2016-08`, the provider default, is such a policy.',
  fix: 'Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (TLS 1.2 and 1.3 only) on HTTPS/TLS listeners, after checking no client still needs TLS 1.0/1.1.',
  verify: 'Run `openssl s_client -connect <host>:443 -tls1_1` and check the handshake fails.',
  references: [
    'CWE-327',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  ],
  fixable: 'suggestion',
  options: { policy: { description: 'ELB security policy to use instead.' } },
  check(doc, ctx) {
    for (const type of ['aws_lb_listener', 'aws_alb_listener']) {
      for (const res of doc.ofType(type)) {
        const protocol = res.values['protocol'];
        if (protocol !== 'HTTPS' && protocol !== 'TLS') continue;
        const policy = res.values['ssl_policy'];
        if (policy !== undefined && (typeof policy !== 'string' || !OUTDATED_ELB_TLS_POLICIES.has(policy)))
          continue;
        reportResource(doc, ctx, {
          res,
          key: 'ssl_policy',
          message:
            policy === undefined
              ? `${res.address} uses the default ELBSecurityPolicy-2016-08, which accepts TLS 1.0/1.1`
              : `${res.address} uses ${policy}, which accepts TLS 1.0/1.1`,
          suggest: {
            question: 'Which ELB security policy should the listener use?',
            option: 'policy',
            placeholder: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
            edits: (target, value) => setAttribute(target, 'ssl_policy', hclString(value)),
          },
        });
      }
    }
  },
});
