import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/cloudfront-https',
  severity: 'medium',
  title: 'CloudFront serves content over plain HTTP',
  why: 'With `viewer_protocol_policy = "allow-all"`, browsers can load the site over HTTP, where anyone on the network path can read and modify pages, cookies and downloads.',
  fix: 'Set `viewer_protocol_policy = "redirect-to-https"` (or `https-only`) in every cache behaviour.',
  verify: 'Run `curl -sI http://<distribution domain>/` and check the answer is a 301 to https://.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  ],
  types: ['aws_cloudfront_distribution'],
  block: 'default_cache_behavior',
  attr: 'viewer_protocol_policy',
  ok: (v) => v !== 'allow-all',
  message: (res) => `${res.address} allows viewers to use plain HTTP`,
  fixValue: '"redirect-to-https"',
});
