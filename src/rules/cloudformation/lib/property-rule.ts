import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import {
  type CfnResource,
  type CfnValue,
  type CloudFormationDocument,
  type PropPath,
  valueAt,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';
import { isUnknown } from '../../../sources/parsers/terraform/values.js';
import { setPropertyAt } from './edit.js';
import { reportProperty } from './report.js';

/**
 * The common check: one property of a resource must have a safe value; an absent property
 * means the CloudFormation default. Unknown values (parameters without default, references,
 * undecidable conditions) are never judged. With `fixValue`, the rule fixes automatically.
 */
export interface PropertyRuleSpec extends Omit<RuleMeta<'cloudformation'>, 'kind' | 'fixable'> {
  readonly types: readonly string[];
  readonly path: PropPath;
  /** Whether the value (undefined when not written) is acceptable; undefined = cannot judge. */
  readonly ok: (
    value: CfnValue | undefined,
    res: CfnResource,
    doc: CloudFormationDocument,
  ) => boolean | undefined;
  readonly message: (res: CfnResource, value: CfnValue | undefined) => string;
  /** Value the fix writes at `path`; no automatic fix when omitted. */
  readonly fixValue?: unknown;
  /** Only resources for which this holds are checked. */
  readonly applies?: (res: CfnResource, doc: CloudFormationDocument) => boolean;
}

export function propertyRule(spec: PropertyRuleSpec): AnyRule {
  const { types, path, ok, message, fixValue, applies, ...meta } = spec;
  return defineRule({
    ...meta,
    kind: 'cloudformation',
    ...(fixValue !== undefined ? { fixable: 'auto' as const } : {}),
    check(doc, ctx) {
      for (const res of doc.ofType(...types)) {
        if (applies && !applies(res, doc)) continue;
        const value = valueAt(res, path);
        if (isUnknown(value) || ok(value, res, doc) !== false) continue;
        reportProperty(doc, ctx, {
          res,
          path,
          message: message(res, value),
          ...(fixValue !== undefined ? { fix: (e) => setPropertyAt(e, doc, res, path, fixValue) } : {}),
        });
      }
    },
  });
}

/** Known boolean (CloudFormation accepts "true"/"false" strings), else undefined. */
export function bool(v: CfnValue | undefined): boolean | undefined {
  if (v === true || v === 'true' || v === 'True') return true;
  if (v === false || v === 'false' || v === 'False') return false;
  return undefined;
}

/** Must be true; absent counts as false (the property's default). */
export const mustBeTrue = (v: CfnValue | undefined): boolean | undefined =>
  v === undefined || v === null ? false : bool(v);

/** Must not be false; absent is fine. */
export const notFalse = (v: CfnValue | undefined): boolean | undefined =>
  v === undefined || v === null ? true : bool(v) === undefined ? undefined : bool(v) === true;
