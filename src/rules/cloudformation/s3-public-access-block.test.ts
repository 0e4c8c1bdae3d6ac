import { cloudformationHandler } from '../../sources/parsers/cloudformation/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './s3-public-access-block.js';

const HARDENED = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`;

ruleTester(
  rule,
  cloudformationHandler,
  {
    valid: [
      { code: HARDENED },
      {
        name: 'value from a parameter without default is not judged',
        code: `Parameters:
  Block:
    Type: String
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: !Ref Block
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
      },
    ],
    invalid: [
      {
        name: 'no configuration: the whole block is added',
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data # keep me
`,
        errors: [{ line: 4, message: /no PublicAccessBlockConfiguration/, severity: 'medium' }],
        output: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data # keep me
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
      },
      {
        name: 'switched off and left out',
        code: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        BlockPublicPolicy: true
        IgnorePublicAcls: true
`,
        errors: [
          { line: 6, message: /sets BlockPublicAcls: false/, severity: 'high' },
          { line: 5, message: /leaves RestrictPublicBuckets out/ },
        ],
        output: `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`,
      },
      {
        name: 'bucket without Properties, JSON',
        path: 'stack.json',
        code: `{
  "Resources": {
    "Data": {
      "Type": "AWS::S3::Bucket"
    }
  }
}
`,
        errors: [{ line: 3 }],
        output: `{
  "Resources": {
    "Data": {
      "Type": "AWS::S3::Bucket",
      "Properties": {
        "PublicAccessBlockConfiguration": {
          "BlockPublicAcls": true,
          "BlockPublicPolicy": true,
          "IgnorePublicAcls": true,
          "RestrictPublicBuckets": true
        }
      }
    }
  }
}
`,
      },
    ],
  },
  { path: 'template.yaml' },
);
