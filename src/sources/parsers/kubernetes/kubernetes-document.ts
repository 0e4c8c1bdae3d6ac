import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { YamlPath, YamlSource } from '../yaml-source.js';

/** A plain JSON-like object as read from a manifest. */
export type PlainObject = Readonly<Record<string, unknown>>;

/**
 * One Kubernetes object of a manifest: a top-level YAML/JSON document, or one item of a
 * `kind: List`. Paths given to the range helpers are relative to the object itself; the
 * object's place in its YAML document is `basePath`.
 */
export interface K8sResource {
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name` (or `generateName`), empty when missing. */
  readonly name: string;
  /** `metadata.namespace` as written, or null when the manifest leaves it to `kubectl -n`. */
  readonly namespace: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** The whole object as plain data. */
  readonly value: PlainObject;
  readonly source: YamlSource;
  /** Path of the object inside `source` (`[]`, or `['items', 3]` for a List item). */
  readonly basePath: YamlPath;
  /** Stable logical address: `Kind/namespace/name` (namespaced) or `Kind/name` (cluster-scoped). */
  readonly id: string;
  /** Index of the object in the file (documents and List items in order). */
  readonly index: number;
}

export interface KubernetesDocument extends BaseDocument {
  readonly kind: 'kubernetes';
  readonly lines: LineIndex;
  readonly resources: readonly K8sResource[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    kubernetes: KubernetesDocument;
  }
}

/** Absolute YAML path of a path relative to a resource. */
export function resourcePath(resource: K8sResource, path: YamlPath): YamlPath {
  return [...resource.basePath, ...path];
}

/** Range of the value at `path` (relative to the resource), or of its deepest existing ancestor. */
export function rangeOf(resource: K8sResource, path: YamlPath): Range {
  return resource.source.range(resourcePath(resource, path));
}

/** Range of the key at `path` (relative to the resource); falls back like `rangeOf`. */
export function keyRangeOf(resource: K8sResource, path: YamlPath): Range {
  return resource.source.keyRange(resourcePath(resource, path));
}
