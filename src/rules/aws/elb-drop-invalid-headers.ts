import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/elb-drop-invalid-headers',
  severity: 'low',
  title: 'ALB forwards invalid HTTP headers',
  why: 'Headers with invalid names are a common ingredient of request smuggling and header-confusion attacks on backends. An ALB can drop them before they reach the application.',
  fix: 'Set `drop_invalid_header_fields = true` on the application load balancer.',
  verify:
    'Run `aws elbv2 describe-load-balancer-attributes --load-balancer-arn <arn>` and check routing.http.drop_invalid_header_fields.enabled is true.',
  references: [
    'CWE-444',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
  ],
  types: ['aws_lb', 'aws_alb'],
  attr: 'drop_invalid_header_fields',
  applies: (res) =>
    res.values['load_balancer_type'] === undefined || res.values['load_balancer_type'] === 'application',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not drop invalid header fields`,
  fixValue: 'true',
});
