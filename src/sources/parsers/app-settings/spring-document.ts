import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';
import type { YamlPath, YamlSource } from '../yaml-source.js';

/** One flattened property: `management.endpoints.web.exposure.include = health,info`. */
export interface SpringEntry {
  /** Dotted key as written (YAML nesting joined with dots, list items as `[i]`). */
  readonly key: string;
  /** Relaxed-binding form for comparisons: lower case without `-` and `_`. */
  readonly canonical: string;
  /** Scalar value as text; list values joined with commas. */
  readonly value: string;
  /** List items with their own ranges (YAML sequences, comma-separated property values). */
  readonly items: readonly { readonly value: string; readonly range: Range }[];
  readonly range: Range;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** 0-based index of the document in a multi-document file (`---` in YAML, `#---` in properties). */
  readonly docIndex: number;
  /** Profile this entry applies to: from the file name or `spring.config.activate.on-profile`. */
  readonly profile: string | null;
  /** For YAML: the source and path, so fixes can use the YAML edit helpers. */
  readonly yaml?: { readonly source: YamlSource; readonly path: YamlPath };
}

export interface SpringDocument extends BaseDocument {
  readonly kind: 'spring';
  readonly format: 'properties' | 'yaml';
  readonly lines: LineIndex;
  readonly entries: readonly SpringEntry[];
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    spring: SpringDocument;
  }
}

/** Relaxed-binding canonical form of a property name. */
export function canonicalKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** Entries whose key matches `key` under relaxed binding, in file order. */
export function springEntries(doc: SpringDocument, key: string): SpringEntry[] {
  const c = canonicalKey(key);
  return doc.entries.filter((e) => e.canonical === c);
}

/** The effective entry for `key` in the same document (the last one wins), if any. */
export function springEntry(doc: SpringDocument, key: string, docIndex?: number): SpringEntry | undefined {
  const all = springEntries(doc, key).filter((e) => docIndex === undefined || e.docIndex === docIndex);
  return all[all.length - 1];
}

/** Profiles meant for local development and tests, where consoles and open endpoints are expected. */
export function isDevelopmentProfile(profile: string | null): boolean {
  if (!profile) return false;
  return profile
    .split(/[,|&\s]+/)
    .some((p) => /^(?:dev|devel|develop|development|local|test|tests|testing|ci|h2|it|e2e)$/i.test(p.trim()));
}
