/**
 * The CloudFormation document: one per template (YAML or JSON, SAM included).
 *
 * - `resources`: every resource whose `Condition` is not decidably false, with `properties`
 *   RESOLVED: parameter defaults, `Fn::If` on decidable conditions, `Fn::Sub`/`Join`/`Select`/
 *   `Split`/`FindInMap` on known parts, `AWS::NoValue` removed. Anything only known at deploy
 *   time (pseudo parameters, parameters without default, `GetAtt`, undecidable conditions) is an
 *   `Unknown` (the same value model as Terraform's, see terraform/values.ts), so the shape-neutral
 *   AWS helpers (IAM policy analysis...) read both. Rules must never judge an `Unknown`.
 * - `raw`: the same properties as written (intrinsics in long form), to tell a literal from a
 *   reference before proposing a text edit.
 * - Ranges: `source` is the YamlSource of the template; `propertyPath(res, path)` is the YAML
 *   path of a property, `locate(doc, res, path)` the range to report at.
 */
import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import { isTfObject, type TfObject, type TfValue, Unknown } from '../terraform/values.js';
import type { YamlPath, YamlSource } from '../yaml-source.js';

export type CfnValue = TfValue;
export type CfnObject = TfObject;

export interface CfnResource {
  readonly logicalId: string;
  /** `AWS::S3::Bucket`, `AWS::Serverless::Function`, `Custom::Foo`... */
  readonly type: string;
  /** Resolved properties (empty object when the resource has none). */
  readonly properties: CfnObject;
  /** `Properties` as written (plain data, intrinsics in long form); undefined when absent. */
  readonly raw: unknown;
  /** The resource's `Condition` name, if any. */
  readonly condition: string | null;
  /** True when the resource exists only under a condition that cannot be decided statically. */
  readonly conditional: boolean;
  /** YAML path of the resource: `['Resources', logicalId]`. */
  readonly path: YamlPath;
}

export interface CfnParameter {
  readonly name: string;
  readonly type: string;
  readonly noEcho: boolean;
  /** `Default` as written, undefined when absent. */
  readonly default: unknown;
  readonly path: YamlPath;
}

export interface CloudFormationDocument extends BaseDocument {
  readonly kind: 'cloudformation';
  readonly lines: LineIndex;
  readonly source: YamlSource;
  readonly format: 'yaml' | 'json';
  /** True for SAM templates (`Transform: AWS::Serverless-2016-10-31`). */
  readonly sam: boolean;
  readonly resources: readonly CfnResource[];
  readonly parameters: readonly CfnParameter[];
  /** SAM `Globals`, resolved (null when absent). */
  readonly globals: CfnObject | null;
  ofType(...types: string[]): readonly CfnResource[];
  resource(logicalId: string): CfnResource | undefined;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    cloudformation: CloudFormationDocument;
  }
}

export type PropPath = readonly (string | number)[];

/** YAML path of a property path of a resource. */
export function propertyPath(res: CfnResource, path: PropPath = []): YamlPath {
  return [...res.path, 'Properties', ...path];
}

/**
 * Where to report about `path` of a resource: the key of the property when it is written, else
 * the key of its deepest written ancestor (the logical id when there is no `Properties`).
 */
export function locate(doc: CloudFormationDocument, res: CfnResource, path: PropPath = []): Range {
  for (let n = path.length; n >= 0; n--) {
    const p = propertyPath(res, path.slice(0, n));
    const hit = doc.source.walk(p);
    if (hit?.pair && typeof p[p.length - 1] === 'string') return doc.source.keyRange(p);
    if (hit && n > 0 && typeof p[p.length - 1] === 'number') return doc.source.range(p);
  }
  return doc.source.keyRange(res.path);
}

/** The value as written at `path` below `Properties` (undefined when absent). */
export function rawAt(res: CfnResource, path: PropPath): unknown {
  let v: unknown = res.raw;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[seg];
    } else {
      if (!isPlainMap(v)) return undefined;
      v = v[seg];
    }
  }
  return v;
}

export function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** `{ Ref: x }`, `{ "Fn::X": ... }` or `{ Condition: x }`: an intrinsic function call as written. */
export function isIntrinsic(v: unknown): boolean {
  if (!isPlainMap(v)) return false;
  const keys = Object.keys(v);
  if (keys.length !== 1) return false;
  const k = keys[0] as string;
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::');
}

/**
 * True when `path` (below `Properties`) can be edited as plain text: every written ancestor is a
 * plain mapping or list (no intrinsic function on the way) and the value itself, when written,
 * is a literal scalar rather than a reference.
 */
export function isEditable(res: CfnResource, path: PropPath): boolean {
  let v: unknown = res.raw;
  if (v !== undefined && !isPlainMap(v)) return false;
  if (isIntrinsic(v)) return false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (v === undefined) return true;
    const next: unknown =
      typeof seg === 'number' ? (Array.isArray(v) ? v[seg] : undefined) : isPlainMap(v) ? v[seg] : undefined;
    if (next === undefined) return true;
    if (isIntrinsic(next)) return false;
    if (i < path.length - 1 && !isPlainMap(next) && !Array.isArray(next)) return false;
    v = next;
  }
  return true;
}

/** Resolved value at a path (undefined when absent; Unknown when not decidable). */
export function valueAt(res: CfnResource, path: PropPath): CfnValue | undefined {
  let v: CfnValue | undefined = res.properties;
  for (const seg of path) {
    if (v instanceof Unknown) return v;
    if (typeof seg === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[seg];
    } else {
      if (!isTfObject(v)) return undefined;
      v = v[seg];
    }
  }
  return v;
}

/** Stable logical address of a property: `DataBucket/VersioningConfiguration/Status`. */
export function logicalPath(res: CfnResource, path: PropPath = []): string {
  return [res.logicalId, ...path.map(String)].join('/');
}
