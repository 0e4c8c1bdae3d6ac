import type { AnyRule } from '../../core/rule.js';
import cloudtrailKms from './cloudtrail-kms.js';
import cloudtrailLogValidation from './cloudtrail-log-validation.js';
import cloudtrailMultiRegion from './cloudtrail-multi-region.js';
import ebsEncryption from './ebs-encryption.js';
import ec2Imdsv1 from './ec2-imdsv1.js';
import eksPublicEndpoint from './eks-public-endpoint.js';
import eksSecretsEncryption from './eks-secrets-encryption.js';
import elasticacheAtRestEncryption from './elasticache-at-rest-encryption.js';
import elasticacheTransitEncryption from './elasticache-transit-encryption.js';
import elbHttpListener from './elb-http-listener.js';
import elbOutdatedTlsPolicy from './elb-outdated-tls-policy.js';
import hardcodedDbPassword from './hardcoded-db-password.js';
import iamAssumeRolePublic from './iam-assume-role-public.js';
import iamPolicyAdmin from './iam-policy-admin.js';
import iamUserAdminAttached from './iam-user-admin-attached.js';
import kmsKeyRotation from './kms-key-rotation.js';
import lambdaEnvSecrets from './lambda-env-secrets.js';
import lambdaFunctionUrlAuth from './lambda-function-url-auth.js';
import noechoParameterDefault from './noecho-parameter-default.js';
import opensearchEncryptionAtRest from './opensearch-encryption-at-rest.js';
import opensearchEnforceHttps from './opensearch-enforce-https.js';
import opensearchNodeToNode from './opensearch-node-to-node.js';
import rdsBackupRetention from './rds-backup-retention.js';
import rdsDeletionProtection from './rds-deletion-protection.js';
import rdsIamAuth from './rds-iam-auth.js';
import rdsPublicAccess from './rds-public-access.js';
import rdsStorageEncryption from './rds-storage-encryption.js';
import s3BucketEncryption from './s3-bucket-encryption.js';
import s3BucketLogging from './s3-bucket-logging.js';
import s3BucketPublicAcl from './s3-bucket-public-acl.js';
import s3BucketPublicPolicy from './s3-bucket-public-policy.js';
import s3BucketTlsOnly from './s3-bucket-tls-only.js';
import s3BucketVersioning from './s3-bucket-versioning.js';
import s3PublicAccessBlock from './s3-public-access-block.js';
import sgOpenAdminPort from './sg-open-admin-port.js';
import sgOpenAllPorts from './sg-open-all-ports.js';
import sgOpenDatabasePort from './sg-open-database-port.js';
import snsEncryption from './sns-encryption.js';
import sqsEncryption from './sqs-encryption.js';

export const rules: readonly AnyRule[] = [
  cloudtrailKms,
  cloudtrailLogValidation,
  cloudtrailMultiRegion,
  ebsEncryption,
  ec2Imdsv1,
  eksPublicEndpoint,
  eksSecretsEncryption,
  elasticacheAtRestEncryption,
  elasticacheTransitEncryption,
  elbHttpListener,
  elbOutdatedTlsPolicy,
  hardcodedDbPassword,
  iamAssumeRolePublic,
  iamPolicyAdmin,
  iamUserAdminAttached,
  kmsKeyRotation,
  lambdaEnvSecrets,
  lambdaFunctionUrlAuth,
  noechoParameterDefault,
  opensearchEncryptionAtRest,
  opensearchEnforceHttps,
  opensearchNodeToNode,
  rdsBackupRetention,
  rdsDeletionProtection,
  rdsIamAuth,
  rdsPublicAccess,
  rdsStorageEncryption,
  s3BucketEncryption,
  s3BucketLogging,
  s3BucketPublicAcl,
  s3BucketPublicPolicy,
  s3BucketTlsOnly,
  s3BucketVersioning,
  s3PublicAccessBlock,
  sgOpenAdminPort,
  sgOpenAllPorts,
  sgOpenDatabasePort,
  snsEncryption,
  sqsEncryption,
];
