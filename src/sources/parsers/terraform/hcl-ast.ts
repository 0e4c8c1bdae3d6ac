import type { LineIndex } from '../../../core/range.js';

/**
 * Syntax tree of one Terraform file (native HCL or JSON syntax). Everything carries 0-based
 * [s, e) offsets into `HclFile.text`; ranges are made on demand with `HclFile.lines`, so the
 * parser allocates one small object per node and nothing else.
 */
export interface HclFile {
  /** Path relative to the working directory (as in findings). */
  readonly path: string;
  readonly absPath: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly syntax: 'hcl' | 'json';
  readonly body: HclBody;
}

export interface HclBody {
  readonly attributes: HclAttribute[];
  readonly blocks: HclBlock[];
  /** Offset just after the `{` (or 0 for a file body). */
  readonly s: number;
  /** Offset of the closing `}` (or the end of the file). */
  readonly e: number;
}

export interface HclAttribute {
  readonly name: string;
  /** Start of the name. */
  readonly s: number;
  /** End of the value expression. */
  readonly e: number;
  readonly expr: Expr;
}

export interface HclBlock {
  readonly type: string;
  readonly labels: string[];
  /** Start of the block type keyword. */
  readonly s: number;
  /** Just after the closing `}`. */
  readonly e: number;
  /** Offset of the `{`. */
  readonly open: number;
  readonly body: HclBody;
}

/** One step of a traversal after a splat: `.name` or `[expr]`. */
export type Step = { readonly attr: string } | { readonly index: Expr };

export type TemplatePart = string | Expr | TemplateIf | TemplateFor;

export interface TemplateIf {
  readonly k: 'tif';
  readonly cond: Expr;
  readonly then: TemplatePart[];
  readonly else: TemplatePart[];
}

export interface TemplateFor {
  readonly k: 'tfor';
  readonly keyVar: string | null;
  readonly valVar: string;
  readonly coll: Expr;
  readonly body: TemplatePart[];
}

interface Spanned {
  readonly s: number;
  readonly e: number;
}

export type Expr = Spanned &
  (
    | { readonly k: 'lit'; readonly value: string | number | boolean | null }
    | { readonly k: 'tpl'; readonly parts: TemplatePart[]; readonly heredoc: boolean }
    | { readonly k: 'var'; readonly name: string }
    | { readonly k: 'attr'; readonly obj: Expr; readonly name: string }
    | { readonly k: 'idx'; readonly obj: Expr; readonly index: Expr }
    | { readonly k: 'splat'; readonly obj: Expr; readonly steps: Step[] }
    | { readonly k: 'call'; readonly name: string; readonly args: Expr[]; readonly expand: boolean }
    | { readonly k: 'tuple'; readonly items: Expr[] }
    | { readonly k: 'object'; readonly items: ObjectItem[] }
    | { readonly k: 'cond'; readonly test: Expr; readonly then: Expr; readonly else: Expr }
    | { readonly k: 'bin'; readonly op: string; readonly l: Expr; readonly r: Expr }
    | { readonly k: 'un'; readonly op: '!' | '-'; readonly x: Expr }
    | {
        readonly k: 'for';
        readonly keyVar: string | null;
        readonly valVar: string;
        readonly coll: Expr;
        readonly keyExpr: Expr | null;
        readonly valExpr: Expr;
        readonly cond: Expr | null;
        readonly group: boolean;
      }
    | { readonly k: 'paren'; readonly x: Expr }
    /** Unparseable: evaluates to unknown. */
    | { readonly k: 'bad' }
  );

export interface ObjectItem {
  /** The key as written: a bare identifier becomes a string literal. */
  readonly key: Expr;
  readonly value: Expr;
}

export interface HclSyntaxError {
  readonly message: string;
  readonly offset: number;
}

/** Whether an expression is a literal (no references, no calls): safe to replace in a fix. */
export function isLiteralExpr(x: Expr): boolean {
  switch (x.k) {
    case 'lit':
      return true;
    case 'tuple':
      return x.items.every(isLiteralExpr);
    case 'object':
      return x.items.every((i) => isLiteralExpr(i.key) && isLiteralExpr(i.value));
    case 'paren':
      return isLiteralExpr(x.x);
    case 'un':
      return isLiteralExpr(x.x);
    default:
      return false;
  }
}
