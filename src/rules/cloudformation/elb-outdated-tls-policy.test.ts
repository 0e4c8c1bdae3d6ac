import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elb-outdated-tls-policy.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: 'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n',
      },
    ],
    invalid: [
      {
        code: 'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      Port: 443\n',
        errors: [{ line: 5, message: /no SslPolicy/ }],
      },
      {
        code: 'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-2016-08\n',
        options: { policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
        errors: [{ line: 6, message: /uses ELBSecurityPolicy-2016-08/ }],
        output:
          'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n',
      },
    ],
  },
  { path: 'template.yaml' },
);
