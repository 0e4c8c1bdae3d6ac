import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ec2-ebs-encryption.js';

const instance = (root: string) =>
  `resource "aws_instance" "web" {\n  ami = "ami-1"\n\n  root_block_device {\n    volume_size = 20\n${root}  }\n}\n`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { code: instance('    encrypted   = true\n') },
      {
        name: 'no block: decided by the AMI and account default',
        code: 'resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n',
      },
      {
        name: 'encryption by default in the same configuration',
        code: `${instance('')}resource "aws_ebs_encryption_by_default" "on" {}\n`,
      },
    ],
    invalid: [
      {
        name: 'root volume',
        code: instance(''),
        errors: [{ line: 4, message: /root_block_device/ }],
        output: instance('    encrypted   = true\n'),
      },
      {
        name: 'launch template mapping',
        code: 'resource "aws_launch_template" "lt" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = false\n    }\n  }\n}\n',
        errors: [{ line: 5 }],
        output:
          'resource "aws_launch_template" "lt" {\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      encrypted = true\n    }\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
