import type {
  CfnResource,
  CloudFormationDocument,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';
import { isUnknown } from '../../../sources/parsers/terraform/values.js';

export interface BucketPolicies {
  /** Bucket policies by the logical id (or literal name) of the bucket they govern. */
  readonly byBucket: ReadonlyMap<string, CfnResource[]>;
  /** True when some bucket policy governs a bucket this template cannot name. */
  readonly unlinked: boolean;
}

/** Links each AWS::S3::BucketPolicy to its bucket (`!Ref Bucket` or a literal name); built once. */
export function bucketPolicies(doc: CloudFormationDocument): BucketPolicies {
  const byBucket = new Map<string, CfnResource[]>();
  let unlinked = false;
  for (const p of doc.ofType('AWS::S3::BucketPolicy')) {
    const b = p.properties['Bucket'];
    const key = isUnknown(b) && b.reason === 'resource' ? b.ref : typeof b === 'string' ? b : null;
    if (key === null) {
      unlinked = true;
      continue;
    }
    byBucket.set(key, [...(byBucket.get(key) ?? []), p]);
  }
  return { byBucket, unlinked };
}

/** The policies governing a bucket: by logical id or by its literal BucketName. */
export function policiesOf(links: BucketPolicies, bucket: CfnResource): CfnResource[] {
  const name = bucket.properties['BucketName'];
  return [
    ...(links.byBucket.get(bucket.logicalId) ?? []),
    ...(typeof name === 'string' ? (links.byBucket.get(name) ?? []) : []),
  ];
}
