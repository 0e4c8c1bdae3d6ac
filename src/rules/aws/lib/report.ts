import type { FixOutput, RuleContext } from '../../../core/rule.js';
import type { Severity } from '../../../core/severity.js';
import type {
  TerraformDocument,
  TfResource,
  TfSource,
} from '../../../sources/parsers/terraform/terraform-document.js';
import type { TfObject } from '../../../sources/parsers/terraform/values.js';

/** A finding about a resource, located at `obj[key]` (or `obj`'s block when the key is absent). */
export interface ResourceFinding {
  readonly res: TfResource;
  /** Object holding `key`: the resource's values (default) or one of its nested blocks. */
  readonly obj?: TfObject;
  readonly key?: string;
  readonly message: string;
  /** Logical path below the resource address; defaults to `key`. */
  readonly path?: string;
  readonly severity?: Severity;
  readonly evidence?: string;
  /** Automatic fix, given the source of `obj` (its block and body). */
  readonly fix?: (target: TfSource) => FixOutput;
  readonly suggest?: {
    readonly question: string;
    readonly option: string;
    readonly placeholder: string;
    readonly edits: (target: TfSource, value: string) => FixOutput;
  };
}

/**
 * Reports on a resource: the exact file and range (inside a module when it is), a stable
 * logical path from the resource address, and the module calls that lead there as `related`.
 */
export function reportResource(doc: TerraformDocument, ctx: RuleContext, f: ResourceFinding): void {
  const obj = f.obj ?? f.res.values;
  const at = doc.locate(obj, f.key) ?? doc.locate(f.res.values);
  if (!at) return;
  const sub = f.path ?? f.key;
  const fix = f.fix;
  const suggest = f.suggest;
  const target = fix || suggest ? doc.locate(obj) : null;
  ctx.report({
    at: at.range,
    file: at.path,
    message: f.message,
    path: sub ? `${f.res.address}/${sub}` : f.res.address,
    ...(f.res.via.length ? { related: f.res.via.map((v) => ({ path: v.path, range: v.range })) } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    ...(fix && target ? { fix: () => fix(target) } : {}),
    ...(suggest && target
      ? {
          suggest: {
            question: suggest.question,
            option: suggest.option,
            placeholder: suggest.placeholder,
            edits: (_e, value: string) => suggest.edits(target, value),
          },
        }
      : {}),
  });
}

/** Resources of any of the given types, in document order. */
export function resourcesOf(doc: TerraformDocument, types: readonly string[]): TfResource[] {
  if (types.length === 1) return [...doc.ofType(types[0] as string)];
  return types.flatMap((t) => doc.ofType(t));
}
