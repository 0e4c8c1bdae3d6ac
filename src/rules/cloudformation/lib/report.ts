import type { EditBuilder } from '../../../core/edit.js';
import type { FixOutput, RuleContext } from '../../../core/rule.js';
import type { Severity } from '../../../core/severity.js';
import {
  type CfnResource,
  type CloudFormationDocument,
  locate,
  logicalPath,
  type PropPath,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';

export interface PropertyFinding {
  readonly res: CfnResource;
  /** Property path the finding is about (reported at its key, or its deepest written ancestor). */
  readonly path: PropPath;
  readonly message: string;
  /** Logical path below the resource, when it should differ from `path`. */
  readonly logical?: string;
  readonly severity?: Severity;
  readonly evidence?: string;
  readonly fix?: (e: EditBuilder) => FixOutput;
  readonly suggest?: {
    readonly question: string;
    readonly option: string;
    readonly placeholder: string;
    readonly edits: (e: EditBuilder, value: string) => FixOutput;
  };
}

/** Reports a finding about a resource property with a stable logical path (`Bucket/Prop/Sub`). */
export function reportProperty(doc: CloudFormationDocument, ctx: RuleContext, f: PropertyFinding): void {
  ctx.report({
    at: locate(doc, f.res, f.path),
    message: f.message,
    path: f.logical ? `${f.res.logicalId}/${f.logical}` : logicalPath(f.res, f.path),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.suggest ? { suggest: f.suggest } : {}),
  });
}

/** `Type` label used in messages: `DataBucket (AWS::S3::Bucket)`. */
export function label(res: CfnResource): string {
  return `${res.logicalId} (${res.type})`;
}
