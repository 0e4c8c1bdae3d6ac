import type {
  CfnResource,
  CloudFormationDocument,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';
import { isUnknown } from '../../../sources/parsers/terraform/values.js';

/** True when the listener's load balancer is declared in this template as `Scheme: internal`. */
export function onInternalLoadBalancer(doc: CloudFormationDocument, listener: CfnResource): boolean {
  const arn = listener.properties['LoadBalancerArn'];
  if (!isUnknown(arn) || arn.reason !== 'resource' || !arn.ref) return false;
  return doc.resource(arn.ref)?.properties['Scheme'] === 'internal';
}
