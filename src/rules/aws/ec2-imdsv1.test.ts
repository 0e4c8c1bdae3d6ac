import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './ec2-imdsv1.js';

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      {
        code: 'resource "aws_instance" "web" {\n  ami = "ami-123"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
      },
      {
        name: 'metadata endpoint disabled',
        code: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "disabled"\n  }\n}\n',
      },
    ],
    invalid: [
      {
        name: 'missing block',
        code: 'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n}\n',
        errors: [{ line: 1, message: /does not require/ }],
        output:
          'resource "aws_instance" "web" {\n  ami           = "ami-123"\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
      },
      {
        name: 'launch template optional',
        code: 'resource "aws_launch_template" "lt" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "optional"\n  }\n}\n',
        errors: [{ line: 4 }],
        output:
          'resource "aws_launch_template" "lt" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n',
      },
      {
        name: 'block without http_tokens',
        code: 'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "enabled"\n  }\n}\n',
        errors: [{ line: 2 }],
        output:
          'resource "aws_instance" "web" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n',
      },
    ],
  },
  { path: 'main.tf' },
);
