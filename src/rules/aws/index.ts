import type { AnyRule } from '../../core/rule.js';
import apigatewayAccessLogging from './apigateway-access-logging.js';
import cloudfrontHttps from './cloudfront-https.js';
import cloudtrailKms from './cloudtrail-kms.js';
import cloudtrailLogValidation from './cloudtrail-log-validation.js';
import cloudtrailMultiRegion from './cloudtrail-multi-region.js';
import dynamodbPitr from './dynamodb-pitr.js';
import ebsEncryptionByDefault from './ebs-encryption-by-default.js';
import ebsVolumeEncryption from './ebs-volume-encryption.js';
import ec2EbsEncryption from './ec2-ebs-encryption.js';
import ec2Imdsv1 from './ec2-imdsv1.js';
import ec2PublicIp from './ec2-public-ip.js';
import ecrMutableTags from './ecr-mutable-tags.js';
import ecrScanOnPush from './ecr-scan-on-push.js';
import efsEncryption from './efs-encryption.js';
import eksControlPlaneLogging from './eks-control-plane-logging.js';
import eksPublicEndpoint from './eks-public-endpoint.js';
import eksSecretsEncryption from './eks-secrets-encryption.js';
import elasticacheAtRestEncryption from './elasticache-at-rest-encryption.js';
import elasticacheTransitEncryption from './elasticache-transit-encryption.js';
import elbDropInvalidHeaders from './elb-drop-invalid-headers.js';
import elbHttpListener from './elb-http-listener.js';
import elbOutdatedTlsPolicy from './elb-outdated-tls-policy.js';
import hardcodedDbPassword from './hardcoded-db-password.js';
import iamAssumeRolePublic from './iam-assume-role-public.js';
import iamPasswordLength from './iam-password-length.js';
import iamPasswordReuse from './iam-password-reuse.js';
import iamPolicyAdmin from './iam-policy-admin.js';
import iamUserAdminAttached from './iam-user-admin-attached.js';
import iamUserInlinePolicy from './iam-user-inline-policy.js';
import kmsKeyRotation from './kms-key-rotation.js';
import lambdaEnvSecrets from './lambda-env-secrets.js';
import lambdaFunctionUrlAuth from './lambda-function-url-auth.js';
import lambdaPublicPermission from './lambda-public-permission.js';
import opensearchEncryptionAtRest from './opensearch-encryption-at-rest.js';
import opensearchEnforceHttps from './opensearch-enforce-https.js';
import opensearchNodeToNode from './opensearch-node-to-node.js';
import opensearchPublicPolicy from './opensearch-public-policy.js';
import providerHardcodedCredentials from './provider-hardcoded-credentials.js';
import rdsBackupRetention from './rds-backup-retention.js';
import rdsDeletionProtection from './rds-deletion-protection.js';
import rdsIamAuth from './rds-iam-auth.js';
import rdsMinorUpgrade from './rds-minor-upgrade.js';
import rdsPublicAccess from './rds-public-access.js';
import rdsStorageEncryption from './rds-storage-encryption.js';
import s3BlockPublicAcls from './s3-block-public-acls.js';
import s3BlockPublicPolicy from './s3-block-public-policy.js';
import s3BucketEncryption from './s3-bucket-encryption.js';
import s3BucketLogging from './s3-bucket-logging.js';
import s3BucketPublicAcl from './s3-bucket-public-acl.js';
import s3BucketPublicPolicy from './s3-bucket-public-policy.js';
import s3BucketTlsOnly from './s3-bucket-tls-only.js';
import s3BucketVersioning from './s3-bucket-versioning.js';
import s3IgnorePublicAcls from './s3-ignore-public-acls.js';
import s3PublicAccessBlock from './s3-public-access-block.js';
import s3RestrictPublicBuckets from './s3-restrict-public-buckets.js';
import sgDefaultRestrict from './sg-default-restrict.js';
import sgOpenAdminPort from './sg-open-admin-port.js';
import sgOpenAllPorts from './sg-open-all-ports.js';
import sgOpenDatabasePort from './sg-open-database-port.js';
import snsEncryption from './sns-encryption.js';
import snsPublicPolicy from './sns-public-policy.js';
import sqsEncryption from './sqs-encryption.js';
import sqsPublicPolicy from './sqs-public-policy.js';
import vpcFlowLogs from './vpc-flow-logs.js';

export const rules: readonly AnyRule[] = [
  apigatewayAccessLogging,
  cloudfrontHttps,
  cloudtrailKms,
  cloudtrailLogValidation,
  cloudtrailMultiRegion,
  dynamodbPitr,
  ebsEncryptionByDefault,
  ebsVolumeEncryption,
  ec2EbsEncryption,
  ec2Imdsv1,
  ec2PublicIp,
  ecrMutableTags,
  ecrScanOnPush,
  efsEncryption,
  eksControlPlaneLogging,
  eksPublicEndpoint,
  eksSecretsEncryption,
  elasticacheAtRestEncryption,
  elasticacheTransitEncryption,
  elbDropInvalidHeaders,
  elbHttpListener,
  elbOutdatedTlsPolicy,
  hardcodedDbPassword,
  iamAssumeRolePublic,
  iamPasswordLength,
  iamPasswordReuse,
  iamPolicyAdmin,
  iamUserAdminAttached,
  iamUserInlinePolicy,
  kmsKeyRotation,
  lambdaEnvSecrets,
  lambdaFunctionUrlAuth,
  lambdaPublicPermission,
  opensearchEncryptionAtRest,
  opensearchEnforceHttps,
  opensearchNodeToNode,
  opensearchPublicPolicy,
  providerHardcodedCredentials,
  rdsBackupRetention,
  rdsDeletionProtection,
  rdsIamAuth,
  rdsMinorUpgrade,
  rdsPublicAccess,
  rdsStorageEncryption,
  s3BlockPublicAcls,
  s3BlockPublicPolicy,
  s3BucketEncryption,
  s3BucketLogging,
  s3BucketPublicAcl,
  s3BucketPublicPolicy,
  s3BucketTlsOnly,
  s3BucketVersioning,
  s3IgnorePublicAcls,
  s3PublicAccessBlock,
  s3RestrictPublicBuckets,
  sgDefaultRestrict,
  sgOpenAdminPort,
  sgOpenAllPorts,
  sgOpenDatabasePort,
  snsEncryption,
  snsPublicPolicy,
  sqsEncryption,
  sqsPublicPolicy,
  vpcFlowLogs,
];
