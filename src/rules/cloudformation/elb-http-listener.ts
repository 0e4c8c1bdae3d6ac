import { defineRule } from '../../core/rule.js';
import { isTfObject } from '../../sources/parsers/terraform/values.js';
import { onInternalLoadBalancer } from './lib/elb.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/elb-http-listener',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'Internet-facing load balancer serves plain HTTP',
  why: 'An HTTP listener that forwards to the application sends cookies, tokens and form data in clear text; anyone on the network path (public Wi-Fi, a compromised router) can read or change them.',
  fix: 'Make the HTTP listener\'s default action a `redirect` with `RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}`, and serve the application on an HTTPS listener.',
  verify: 'Run `curl -sI http://<load-balancer-dns>/` and check the answer is a 301 to https://.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::ElasticLoadBalancingV2::Listener')) {
      if (res.properties['Protocol'] !== 'HTTP') continue;
      const actions = res.properties['DefaultActions'];
      if (!Array.isArray(actions) || !actions.every(isTfObject)) continue;
      const harmless = actions.every((a) => {
        if (a['Type'] === 'fixed-response') return true;
        if (a['Type'] !== 'redirect') return false;
        const cfg = a['RedirectConfig'];
        return isTfObject(cfg) && cfg['Protocol'] === 'HTTPS';
      });
      if (harmless || onInternalLoadBalancer(doc, res)) continue;
      reportProperty(doc, ctx, {
        res,
        path: ['Protocol'],
        message: `${res.logicalId} serves plain HTTP without redirecting to HTTPS`,
      });
    }
  },
});
