/**
 * The Terraform document: one per root module (or per plan file), with every resource of the
 * module tree evaluated and expanded. Reused by all cloud rule sets (AWS, Azure, GCP...):
 *
 * - `resources`: managed resources, one per instance (`count`/`for_each` expanded), addresses as
 *   Terraform prints them (`module.logs.aws_s3_bucket.this["eu"]`). `values` is plain data:
 *   attributes by name; nested blocks as lists of objects (the `terraform show -json` shape);
 *   `Unknown` where only apply time knows (see values.ts). HCL and plan JSON give the same model,
 *   so rules are written once.
 * - `locate(obj, key)`: exact source (file + range, and the HCL syntax for fixes) of any key of
 *   any object in `values`, or of the object's block when the key is absent.
 * - `ofType(type)` and `referencing(type, attr, target)`: linked resources, e.g. the
 *   `aws_s3_bucket_public_access_block` whose `bucket` refers to a given bucket.
 * - `via`: the module calls leading to a resource (use as Report.related for findings inside
 *   modules); findings name the file they are in with Report.file.
 */
import type { BaseDocument } from '../../../core/document.js';
import type { Range } from '../../../core/range.js';
import type { Expr, HclAttribute, HclBlock, HclBody, HclFile } from './hcl-ast.js';
import { sourceOf } from './source-map.js';
import { isTfObject, type TfObject, type TfValue, Unknown } from './values.js';

export interface TfLocation {
  /** File path relative to the working directory. */
  readonly path: string;
  readonly range: Range;
}

export interface TfResource {
  readonly mode: 'managed' | 'data' | 'provider';
  /** Resource type (`aws_s3_bucket`); for providers, the provider name (`aws`). */
  readonly type: string;
  /** Resource name; for providers, the alias or ''. */
  readonly name: string;
  /** Full address: `module.a.aws_s3_bucket.b[0]`. */
  readonly address: string;
  /** Module instance address ('' for the root module). */
  readonly module: string;
  readonly values: TfObject;
  /** Module calls leading here, outermost first (empty in the root module). */
  readonly via: readonly TfLocation[];
}

export interface TfVariable {
  readonly name: string;
  readonly module: string;
  readonly value: TfValue;
  /** The declaration's `default` attribute, when it has one. */
  readonly defaultAt: TfSource | null;
  readonly declaredAt: TfSource;
}

/** Where a value (or its absence) is in the source, with the syntax needed to edit it. */
export interface TfSource extends TfLocation {
  readonly file: HclFile;
  /** The attribute, when the key was found as one. */
  readonly attribute: HclAttribute | null;
  /** The value's expression as written (attribute or object item), when known. */
  readonly valueExpr: Expr | null;
  /** The block (header range when the key is absent) and its body, for insertions. */
  readonly block: HclBlock | null;
  readonly body: HclBody | null;
  /** True when the key itself was found (not a fallback to the enclosing block). */
  readonly exact: boolean;
  /** Produced by a `dynamic` block or taken from plan JSON: not safe to edit in place. */
  readonly generated: boolean;
}

export interface TerraformDocument extends BaseDocument {
  readonly kind: 'terraform';
  readonly origin: 'hcl' | 'plan';
  /** Every file of the module tree (relative path => file), for fixes and suppressions. */
  readonly files: ReadonlyMap<string, HclFile>;
  readonly resources: readonly TfResource[];
  readonly dataSources: readonly TfResource[];
  readonly providers: readonly TfResource[];
  readonly variables: readonly TfVariable[];
  ofType(type: string): readonly TfResource[];
  /**
   * Resources of `type` whose attribute `attr` refers to `target`: by reference
   * (`aws_s3_bucket.b.id`, `.bucket`, `.arn`...) or by a literal equal to one of the target's
   * `identity` attributes (default: `bucket`, `name`, `id`).
   */
  referencing(
    type: string,
    attr: string,
    target: TfResource,
    identity?: readonly string[],
  ): readonly TfResource[];
  /** Source of `obj[key]`, or of `obj`'s block when `key` is absent or missing. */
  locate(obj: object, key?: string): TfSource | null;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    terraform: TerraformDocument;
  }
}

const NO_RESOURCES: readonly TfResource[] = [];

/** Strips instance keys: `module.a["x"].aws_s3_bucket.b[0]` => `module.a.aws_s3_bucket.b`. */
export function baseAddress(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}

export function locateIn(obj: object, key?: string): TfSource | null {
  const info = sourceOf(obj);
  if (!info) return null;
  const { file } = info;
  const mk = (
    s: number,
    e: number,
    extra: {
      attribute?: HclAttribute;
      valueExpr?: Expr;
      block?: HclBlock | null;
      body?: HclBody | null;
      exact: boolean;
      generated?: boolean;
    },
  ): TfSource => ({
    path: file.path,
    range: file.lines.range(s, e),
    file,
    attribute: extra.attribute ?? null,
    valueExpr: extra.valueExpr ?? extra.attribute?.expr ?? null,
    block: extra.block ?? null,
    body: extra.body ?? null,
    exact: extra.exact,
    generated: extra.generated ?? false,
  });
  if (info.kind === 'body') {
    const { body, block, generated } = info;
    if (key !== undefined) {
      for (const a of body.attributes) {
        if (a.name === key) return mk(a.s, a.e, { attribute: a, block, body, exact: true, generated });
      }
      for (const b of body.blocks) {
        if (b.type === key || (b.type === 'dynamic' && b.labels[0] === key))
          return mk(b.s, b.open + 1, {
            block: b,
            body: b.body,
            exact: true,
            generated: generated || b.type === 'dynamic',
          });
      }
    }
    if (block) return mk(block.s, block.open + 1, { block, body, exact: false, generated });
    return mk(body.s, body.s, { body, exact: false, generated });
  }
  if (info.kind === 'object') {
    const x = info.expr;
    if (key !== undefined) {
      for (const item of x.items) {
        if (item.key.k === 'lit' && item.key.value === key)
          return mk(item.key.s, item.value.e, { valueExpr: item.value, exact: true, generated: true });
      }
    }
    return mk(x.s, x.s + 1, { exact: false, generated: true });
  }
  if (key !== undefined) {
    for (const p of info.props) if (p.key === key) return mk(p.s, p.e, { exact: true, generated: true });
  }
  return mk(info.s, info.s + 1, { exact: false, generated: true });
}

interface DocumentParts {
  readonly path: string;
  readonly text: string;
  readonly origin: 'hcl' | 'plan';
  readonly files: ReadonlyMap<string, HclFile>;
  readonly resources: readonly TfResource[];
  readonly dataSources: readonly TfResource[];
  readonly providers: readonly TfResource[];
  readonly variables: readonly TfVariable[];
}

export function createTerraformDocument(parts: DocumentParts): TerraformDocument {
  const byType = new Map<string, TfResource[]>();
  for (const r of parts.resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const linkIndexes = new Map<string, Map<string, TfResource[]>>();
  const linkIndex = (type: string, attr: string): Map<string, TfResource[]> => {
    const id = `${type}\u0000${attr}`;
    let index = linkIndexes.get(id);
    if (index) return index;
    index = new Map();
    const add = (k: string, r: TfResource) => {
      const l = index?.get(k);
      if (l) {
        if (!l.includes(r)) l.push(r);
      } else index?.set(k, [r]);
    };
    for (const r of byType.get(type) ?? NO_RESOURCES) {
      const v = r.values[attr];
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item instanceof Unknown) {
          if (item.ref) add(`ref:${item.ref}`, r);
        } else if (typeof item === 'string') add(`lit:${item}`, r);
      }
    }
    linkIndexes.set(id, index);
    return index;
  };
  return {
    kind: 'terraform',
    path: parts.path,
    text: parts.text,
    origin: parts.origin,
    files: parts.files,
    resources: parts.resources,
    dataSources: parts.dataSources,
    providers: parts.providers,
    variables: parts.variables,
    ofType: (type) => byType.get(type) ?? NO_RESOURCES,
    referencing(type, attr, target, identity = ['bucket', 'name', 'id']) {
      const index = linkIndex(type, attr);
      const found: TfResource[] = [];
      const push = (list: TfResource[] | undefined) => {
        for (const r of list ?? NO_RESOURCES) if (!found.includes(r)) found.push(r);
      };
      push(index.get(`ref:${target.address}`));
      const base = baseAddress(target.address);
      if (base !== target.address) push(index.get(`ref:${base}`));
      for (const k of identity) {
        const v = target.values[k];
        if (typeof v === 'string' && v !== '') push(index.get(`lit:${v}`));
      }
      return found;
    },
    locate: locateIn,
  };
}

/** Nested blocks of `obj` named `name` (lists of objects, or one object in JSON syntax); null if unknown. */
export function blocksOf(obj: TfObject | undefined, name: string): TfObject[] | null {
  if (!obj) return [];
  const v = obj[name];
  if (v === undefined || v === null) return [];
  if (v instanceof Unknown) return null;
  if (Array.isArray(v)) {
    if (v.some((x) => x instanceof Unknown)) return null;
    return v.filter(isTfObject);
  }
  return isTfObject(v) ? [v] : [];
}
