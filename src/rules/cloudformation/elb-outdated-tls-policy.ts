import { defineRule } from '../../core/rule.js';
import { OUTDATED_ELB_TLS_POLICIES } from '../shared/lib/elb-policies.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/elb-outdated-tls-policy',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'Load balancer accepts TLS 1.0/1.1',
  why: 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and bring weak ciphers; keeping them lets an attacker on the network path push clients down to the weakest protocol the listener accepts. A listener without `SslPolicy` gets ELBSecurityPolicy-2016-08, which is such a policy.',
  fix: 'Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.2 and 1.3 only) on HTTPS/TLS listeners, after checking no client still needs TLS 1.0/1.1.',
  verify: 'Run `openssl s_client -connect <host>:443 -tls1_1` and check the handshake fails.',
  references: [
    'CWE-327',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  ],
  fixable: 'suggestion',
  options: { policy: { description: 'ELB security policy to use instead.' } },
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::ElasticLoadBalancingV2::Listener')) {
      const protocol = res.properties['Protocol'];
      if (protocol !== 'HTTPS' && protocol !== 'TLS') continue;
      const policy = res.properties['SslPolicy'];
      if (policy !== undefined && (typeof policy !== 'string' || !OUTDATED_ELB_TLS_POLICIES.has(policy)))
        continue;
      reportProperty(doc, ctx, {
        res,
        path: policy === undefined ? ['Protocol'] : ['SslPolicy'],
        logical: 'SslPolicy',
        message:
          policy === undefined
            ? `${res.logicalId} has no SslPolicy, so it uses ELBSecurityPolicy-2016-08, which accepts TLS 1.0/1.1`
            : `${res.logicalId} uses ${policy}, which accepts TLS 1.0/1.1`,
        suggest: {
          question: 'Which ELB security policy should the listener use?',
          option: 'policy',
          placeholder: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
          edits: (e, value) =>
            /^ELBSecurityPolicy-[\w-]+$/.test(value) && !OUTDATED_ELB_TLS_POLICIES.has(value)
              ? setProperty(e, doc, res, [], 'SslPolicy', value)
              : null,
        },
      });
    }
  },
});
