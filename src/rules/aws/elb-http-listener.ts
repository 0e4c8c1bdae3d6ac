import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/elb-http-listener',
  kind: 'terraform',
  severity: 'medium',
  title: 'Load balancer serves plain HTTP',
  why: 'An HTTP listener that forwards traffic (instead of redirecting to HTTPS) serves the application unencrypted: logins, cookies and data can be read and changed by anyone on the network path, such as public Wi-Fi.',
  fix: 'Make the HTTP listener\'s default action a `redirect` to port 443 with `protocol = "HTTPS"` and `status_code = "HTTP_301"`, and serve the application on an HTTPS listener.',
  verify: 'Run `curl -sI http://<load balancer DNS>/` and check the answer is a 301 to https://.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  ],
  check(doc, ctx) {
    for (const type of ['aws_lb_listener', 'aws_alb_listener']) {
      for (const res of doc.ofType(type)) {
        if (res.values['protocol'] !== 'HTTP') continue;
        const actions = blocksOf(res.values, 'default_action');
        if (actions === null) continue;
        if (
          actions.some(
            (a) => isUnknown(a['type']) || a['type'] === 'redirect' || a['type'] === 'fixed-response',
          )
        )
          continue;
        reportResource(doc, ctx, {
          res,
          key: 'protocol',
          message: `${res.address} forwards plain HTTP instead of redirecting to HTTPS`,
        });
      }
    }
  },
});
