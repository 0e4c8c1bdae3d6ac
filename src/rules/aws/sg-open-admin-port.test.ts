import { terraformHandler } from '../../sources/parsers/terraform/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './sg-open-admin-port.js';

const inline = (cidr: string) => `resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [${cidr}]
  }
}
`;

ruleTester(
  rule,
  terraformHandler,
  {
    valid: [
      { name: 'private range', code: inline('"10.0.0.0/8"') },
      { name: 'https only', code: inline('"0.0.0.0/0"').replace(/= 22/g, '= 443') },
      { name: 'unknown cidr', code: `variable "c" {}\n${inline('var.c')}` },
      {
        name: 'egress rule',
        code: 'resource "aws_security_group_rule" "r" {\n  type        = "egress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
      },
    ],
    invalid: [
      {
        name: 'inline ingress, suggestion applied with the option',
        code: inline('"10.1.0.0/16", "0.0.0.0/0"'),
        options: { cidr: '192.0.2.0/24' },
        errors: [{ line: 7, message: /SSH \(port 22\) from 0\.0\.0\.0\/0/ }],
        output: inline('"10.1.0.0/16", "192.0.2.0/24"'),
      },
      {
        name: 'aws_security_group_rule, ipv6, range including 3389',
        code: 'resource "aws_security_group_rule" "r" {\n  type             = "ingress"\n  from_port        = 3000\n  to_port          = 4000\n  protocol         = "tcp"\n  ipv6_cidr_blocks = ["::/0"]\n}\n',
        errors: [{ line: 6, message: /RDP \(ports 3000-4000\) from ::\/0/ }],
      },
      {
        name: 'aws_vpc_security_group_ingress_rule',
        code: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.x.id\n  cidr_ipv4         = "0.0.0.0/0"\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = "tcp"\n}\n',
        options: { cidr: '203.0.113.7/32' },
        errors: [{ line: 3 }],
        output:
          'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.x.id\n  cidr_ipv4         = "203.0.113.7/32"\n  from_port         = 22\n  to_port           = 22\n  ip_protocol       = "tcp"\n}\n',
      },
      {
        name: 'dynamic ingress from a variable list',
        code: `variable "ports" {
  default = [22, 443]
}
resource "aws_security_group" "web" {
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`,
        errors: [{ line: 11 }],
      },
      {
        name: 'rule in a module, CIDR from the caller',
        code: 'module "bastion" {\n  source  = "./modules/bastion"\n  allowed = ["0.0.0.0/0"]\n}\n',
        files: {
          '/sample/modules/bastion/main.tf':
            'variable "allowed" {\n  type = list(string)\n}\nresource "aws_security_group_rule" "ssh" {\n  type        = "ingress"\n  from_port   = 22\n  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = var.allowed\n}\n',
        },
        errors: [{ line: 9, message: /module\.bastion\.aws_security_group_rule\.ssh/ }],
      },
    ],
  },
  { path: 'main.tf' },
);
