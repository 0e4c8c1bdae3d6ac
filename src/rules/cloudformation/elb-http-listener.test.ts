import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './elb-http-listener.js';

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        code: `Resources:
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: redirect
          RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}
  Internal:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 8080
      Protocol: HTTP
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internal
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
`,
      },
    ],
    invalid: [
      {
        code: `Resources:
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref Tg
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
`,
        errors: [{ line: 7, message: /plain HTTP/ }],
      },
    ],
  },
  { path: 'template.yaml' },
);
