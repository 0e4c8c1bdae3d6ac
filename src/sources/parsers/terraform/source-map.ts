import type { Expr, HclBlock, HclBody, HclFile } from './hcl-ast.js';

/**
 * Where an evaluated object came from. The evaluator registers every object it builds from a
 * block body or an object literal (and the plan reader every resource object), so a rule that
 * reads plain values can still ask for the exact source of any key: `TerraformDocument.locate`.
 */
export type SourceInfo =
  | {
      readonly kind: 'body';
      readonly file: HclFile;
      readonly body: HclBody;
      readonly block: HclBlock | null;
      /** Produced by a `dynamic` block: edits would change every generated block. */
      readonly generated: boolean;
    }
  | { readonly kind: 'object'; readonly file: HclFile; readonly expr: Extract<Expr, { k: 'object' }> }
  | {
      readonly kind: 'json';
      readonly file: HclFile;
      readonly s: number;
      readonly e: number;
      readonly props: readonly { readonly key: string; readonly s: number; readonly e: number }[];
    };

/**
 * Stored under a symbol on the object itself: invisible to Object.keys, JSON and equality
 * helpers, and cheaper for the garbage collector than a WeakMap entry per object.
 */
const SOURCE: unique symbol = Symbol('plumb.terraform.source');

type Sourced = { [SOURCE]?: SourceInfo };

export function setSource(obj: object, info: SourceInfo): void {
  // Non-enumerable: not copied by spreads or Object.assign, invisible to deep-equality checks.
  Object.defineProperty(obj, SOURCE, { value: info, enumerable: false, writable: true, configurable: true });
}

export function sourceOf(obj: object): SourceInfo | undefined {
  return (obj as Sourced)[SOURCE];
}
