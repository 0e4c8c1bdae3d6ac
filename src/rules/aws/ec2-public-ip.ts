import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/ec2-public-ip',
  severity: 'low',
  title: 'EC2 instance gets a public IP address',
  why: 'An instance with a public IP is directly reachable from the internet; its security group becomes the only barrier. Most instances should sit in private subnets behind a load balancer or NAT.',
  fix: 'Set `associate_public_ip_address = false` and reach the instance through a load balancer, VPN or SSM Session Manager.',
  verify:
    'Run `aws ec2 describe-instances --query "Reservations[].Instances[].PublicIpAddress"` and check it is empty.',
  references: [
    'CWE-668',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
  ],
  types: ['aws_instance'],
  attr: 'associate_public_ip_address',
  ok: (v) => !(v === true || v === 'true'),
  message: (res) => `${res.address} is given a public IP address`,
});
