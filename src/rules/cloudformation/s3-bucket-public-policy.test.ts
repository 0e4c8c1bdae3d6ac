import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-bucket-public-policy.js';

const policy = (statement: string) => `Resources:
  Site:
    Type: AWS::S3::Bucket
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
${statement}`;

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      {
        name: 'CloudFront origin access control, narrowed by SourceArn',
        code: policy(`          - Effect: Allow
            Principal:
              Service: cloudfront.amazonaws.com
            Action: s3:GetObject
            Resource: !Sub "\${Site.Arn}/*"
            Condition:
              StringEquals:
                AWS:SourceArn: !Sub "arn:aws:cloudfront::\${AWS::AccountId}:distribution/E1"
`),
      },
      {
        name: 'public principal with a condition',
        code: policy(`          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: "*"
            Condition:
              StringEquals:
                aws:SourceVpce: vpce-123
`),
      },
    ],
    invalid: [
      {
        code: policy(`          - Sid: PublicRead
            Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Site.Arn}/*"
          - Effect: Allow
            Principal:
              AWS: "*"
            Action: ["s3:PutObject"]
            Resource: "*"
`),
        errors: [
          { line: 11, severity: 'high', message: /s3:GetObject/ },
          { line: 16, severity: 'critical', message: /s3:PutObject/ },
        ],
      },
    ],
  },
  { path: 'template.yaml' },
);
