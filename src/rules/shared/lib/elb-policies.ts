/** Predefined ELB security policies that still accept TLS 1.0 or 1.1 (Terraform and CloudFormation rules). */
export const OUTDATED_ELB_TLS_POLICIES: ReadonlySet<string> = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
]);
