import type { TextEdit } from '../../../core/edit.js';
import { hclString, setAttribute } from '../../../fixers/hcl-edit.js';
import type { TerraformDocument, TfSource } from '../../../sources/parsers/terraform/terraform-document.js';
import { isTfObject, isUnknown, type TfObject } from '../../../sources/parsers/terraform/values.js';
import type { FixIntent, SubPath } from '../../kubernetes/lib/problem.js';
import {
  appendTupleItem,
  hclKey,
  insertIntoBody,
  removeAttribute,
  removeTupleItem,
  setObjectItem,
} from './hcl-structure-edit.js';
import { type K8sView, MAP_ATTRIBUTES, tfKeyIn, tfName } from './k8s-shape.js';

/**
 * Writes the pod checks' fix intents (paths in the API shape) back as HCL edits: a missing
 * field becomes an attribute, nested blocks or a map entry, as the provider's schema wants it.
 */

export interface FixScope {
  readonly doc: TerraformDocument;
  readonly view: K8sView;
  /** The converted object the intents' paths are relative to. */
  readonly root: object;
}

/** The deepest block body on a path, and the Terraform keys of what follows it. */
interface Place {
  readonly body: TfObject;
  readonly rest: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function place(s: FixScope, path: SubPath): Place | null {
  let node: unknown = s.root;
  let body = s.view.origin.get(s.root);
  if (!body) return null;
  let i = 0;
  for (; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (typeof seg === 'number') {
      const item: unknown = Array.isArray(node) ? node[seg] : undefined;
      const tf = isRecord(item) ? s.view.origin.get(item) : undefined;
      if (!tf) return null;
      node = item;
      body = tf;
      continue;
    }
    if (!isRecord(node)) return null;
    const child = node[seg];
    if (child === undefined) break;
    if (isUnknown(child)) return null;
    const raw = body[tfKeyIn(s.view, node, seg)];
    // Attributes (scalars, lists of scalars, maps) end the walk: the target lives in `body`.
    if (!Array.isArray(raw) || raw.length === 0 || !raw.every(isTfObject)) break;
    node = child;
    if (!Array.isArray(child)) {
      const tf = isRecord(child) ? s.view.origin.get(child) : undefined;
      if (!tf) return null;
      body = tf;
    }
  }
  const rest: string[] = [];
  let inMap = false;
  for (const [j, seg] of path.slice(i).entries()) {
    if (typeof seg !== 'string') return null;
    const key: string = inMap ? seg : j === 0 && isRecord(node) ? tfKeyIn(s.view, node, seg) : tfName(seg);
    rest.push(key);
    inMap = inMap || MAP_ATTRIBUTES.has(key);
  }
  return { body, rest };
}

function hclScalar(v: unknown): string | null {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return hclString(v);
  return null;
}

/** A scalar or a list of scalars, inline. */
function hclInline(v: unknown): string | null {
  if (!Array.isArray(v)) return hclScalar(v);
  const items = v.map(hclScalar);
  return items.every((x) => x !== null) ? `[${items.join(', ')}]` : null;
}

/**
 * `key` with `value` as HCL lines: an object becomes a block, or `key = { ... }` for map
 * attributes; inside blocks, API field names become Terraform names; `=` signs line up.
 */
function render(key: string, value: unknown, indent: string, unit: string, inMap = false): string[] | null {
  if (!isRecord(value)) {
    const text = hclInline(value);
    return text === null ? null : [`${indent}${inMap ? hclKey(key) : key} = ${text}`];
  }
  const map = MAP_ATTRIBUTES.has(key);
  const entries = Object.entries(value).map(([k, v]) => [map ? k : tfName(k), v] as const);
  const flat = entries.filter(([, v]) => !isRecord(v));
  const nested = entries.filter(([, v]) => isRecord(v));
  if (map && nested.length > 0) return null;
  const names = flat.map(([k]) => (map ? hclKey(k) : k));
  const width = Math.max(0, ...names.map((n) => n.length));
  const lines: string[] = [map ? `${indent}${key} = {` : `${indent}${key} {`];
  for (const [j, [, v]] of flat.entries()) {
    const text = hclInline(v);
    if (text === null) return null;
    lines.push(`${indent}${unit}${(names[j] as string).padEnd(width)} = ${text}`);
  }
  for (const [k, v] of nested) {
    const inner = render(k, v, indent + unit, unit);
    if (!inner) return null;
    lines.push(...inner);
  }
  lines.push(`${indent}}`);
  return lines;
}

/** `{ a: { b: value } }` for rest `[a, b]`. */
function nest(rest: readonly string[], value: unknown): unknown {
  return rest.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

function hasDynamic(s: FixScope, body: TfObject, type: string): boolean {
  return s.doc.locate(body)?.body?.blocks.some((b) => b.type === 'dynamic' && b.labels[0] === type) ?? true;
}

function setAt(s: FixScope, path: SubPath, value: unknown): TextEdit | null {
  const p = place(s, path);
  const first = p?.rest[0];
  if (!p || first === undefined) return null;
  const target = s.doc.locate(p.body);
  if (!target) return null;
  if (p.rest.length === 1 && !isRecord(value)) {
    const text = hclInline(value);
    return text === null ? null : setAttribute(target, first, text);
  }
  const written = p.body[first];
  if (written !== undefined) {
    // Inside a map attribute: `limits = { cpu = "1" }`.
    if (p.rest.length !== 2 || !isTfObject(written) || !MAP_ATTRIBUTES.has(first)) return null;
    const text = hclInline(value);
    const src = s.doc.locate(p.body, first);
    return text === null || !src ? null : setObjectItem(src, p.rest[1] as string, text);
  }
  if (hasDynamic(s, p.body, first)) return null;
  const [, ...below] = p.rest;
  const tree = below.length === 0 ? value : nest(below, value);
  return insertIntoBody(target, (indent, unit) => render(first, tree, indent, unit) ?? []);
}

function removeAt(s: FixScope, path: SubPath): TextEdit | null {
  const p = place(s, path);
  if (p?.rest.length !== 1) return null;
  const src = s.doc.locate(p.body, p.rest[0]);
  return src?.exact ? removeAttribute(src) : null;
}

function listAt(s: FixScope, seq: SubPath): { list: unknown[]; src: TfSource } | null {
  const p = place(s, seq);
  if (p?.rest.length !== 1) return null;
  const list = p.body[p.rest[0] as string];
  const src = s.doc.locate(p.body, p.rest[0]);
  return Array.isArray(list) && src?.exact ? { list, src } : null;
}

function applyIntent(s: FixScope, intent: FixIntent): TextEdit | null {
  switch (intent.op) {
    case 'set':
      return setAt(s, [...intent.map, intent.key], intent.value);
    case 'remove':
      return removeAt(s, intent.path);
    case 'remove-item': {
      const l = listAt(s, intent.seq);
      return l ? removeTupleItem(l.src, intent.index, l.list.length) : null;
    }
    case 'append': {
      const l = listAt(s, intent.seq);
      const text = hclScalar(intent.value);
      if (text === null) return null;
      return l ? appendTupleItem(l.src, text, l.list.length) : setAt(s, intent.seq, [intent.value]);
    }
  }
}

/** Edits for all the intents, or null when any of them cannot be written safely. */
export function applyIntents(s: FixScope, intents: readonly FixIntent[]): TextEdit[] | null {
  const edits: TextEdit[] = [];
  for (const intent of intents) {
    const e = applyIntent(s, intent);
    if (!e) return null;
    edits.push(e);
  }
  return edits;
}
