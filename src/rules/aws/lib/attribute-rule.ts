import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { setAttribute, setNestedAttribute } from '../../../fixers/hcl-edit.js';
import { blocksOf, type TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject, type TfValue } from '../../../sources/parsers/terraform/values.js';
import { reportResource, resourcesOf } from './report.js';

/**
 * The most common check: one attribute of a resource (optionally inside a nested block) must
 * have a safe value, and an absent attribute means the provider default. Unknown values are
 * never judged. Rules built with it get an automatic fix when `fixValue` is given.
 */
export interface AttributeRuleSpec extends Omit<RuleMeta<'terraform'>, 'kind' | 'fixable'> {
  readonly types: readonly string[];
  readonly attr: string;
  /** Nested block holding the attribute (`encrypt_at_rest`); created by the fix when missing. */
  readonly block?: string;
  /** Whether the value (undefined when not written) is acceptable; undefined = cannot judge. */
  readonly ok: (value: TfValue | undefined, res: TfResource) => boolean | undefined;
  readonly message: (res: TfResource, value: TfValue | undefined) => string;
  /** HCL text the fix writes (e.g. `true`); no automatic fix when omitted. */
  readonly fixValue?: string;
  /** Only resources for which this holds are checked. */
  readonly applies?: (res: TfResource) => boolean;
}

export function attributeRule(spec: AttributeRuleSpec): AnyRule {
  const { types, attr, block, ok, message, fixValue, applies, ...meta } = spec;
  const judge = (
    res: TfResource,
    obj: TfObject,
    value: TfValue | undefined,
    key: string,
    inBlock: boolean,
  ) => ({
    verdict: isUnknown(value) ? undefined : ok(value, res),
    obj,
    key,
    inBlock,
  });
  return defineRule({
    ...meta,
    kind: 'terraform',
    ...(fixValue !== undefined ? { fixable: 'auto' as const } : {}),
    check(doc, ctx) {
      for (const res of resourcesOf(doc, types)) {
        if (applies && !applies(res)) continue;
        const checks = [];
        if (block) {
          const blocks = blocksOf(res.values, block);
          if (blocks === null) continue;
          if (blocks.length === 0) checks.push(judge(res, res.values, undefined, block, false));
          for (const b of blocks) checks.push(judge(res, b, b[attr], attr, true));
        } else {
          checks.push(judge(res, res.values, res.values[attr], attr, false));
        }
        for (const c of checks) {
          if (c.verdict !== false) continue;
          const value = c.inBlock || !block ? c.obj[attr] : undefined;
          reportResource(doc, ctx, {
            res,
            obj: c.obj,
            key: c.key,
            path: block ? `${block}/${attr}` : attr,
            message: message(res, value),
            ...(fixValue !== undefined
              ? {
                  fix: (target) =>
                    block && !c.inBlock
                      ? setNestedAttribute(target, block, attr, fixValue)
                      : setAttribute(target, attr, fixValue),
                }
              : {}),
          });
        }
      }
    },
  });
}

/** "is true" / "is not false" helpers for `ok`. */
export const mustBeTrue = (v: TfValue | undefined): boolean | undefined =>
  v === true || v === 'true'
    ? true
    : v === undefined || v === null || v === false || v === 'false'
      ? false
      : undefined;

export const notFalse = (v: TfValue | undefined): boolean | undefined => !(v === false || v === 'false');
