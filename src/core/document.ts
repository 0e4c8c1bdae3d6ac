/**
 * Documents are what parsers and probes produce and rules read. Each parser declares its
 * document type by augmenting `DocumentKinds`, so `defineRule({ kind: 'dockerfile' })`
 * types `doc` precisely without core importing any parser:
 *
 *   declare module '../../core/document.js' {
 *     interface DocumentKinds { dockerfile: DockerfileDocument }
 *   }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by module augmentation in each parser.
export interface DocumentKinds {}

export type DocumentKind = keyof DocumentKinds & string;

export interface BaseDocument {
  readonly kind: string;
  /** Path relative to the working directory, with forward slashes; or an endpoint URL. */
  readonly path: string;
  /** Original text (empty for live documents). Edits are offsets into this text. */
  readonly text: string;
}
