import type { DockerBaseImage } from '../../../sources/parsers/dockerfile/dockerfile-document.js';

export interface ImageRef {
  /** Registry and repository, e.g. `ghcr.io/acme/api` or `node`. */
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
  /** Offsets in the document: end of the repository, and the tag's span (when present). */
  readonly repositoryEnd: number;
  readonly tagSpan: readonly [number, number] | null;
}

/**
 * Splits a FROM image reference into repository, tag and digest with document offsets. Null
 * when the reference is not what the source text says (quoted, continued over lines...).
 */
export function imageRef(text: string, from: DockerBaseImage): ImageRef | null {
  const start = from.range.start.offset;
  const raw = from.raw;
  if (text.slice(start, start + raw.length) !== raw) return null;
  const at = raw.indexOf('@');
  const main = at >= 0 ? raw.slice(0, at) : raw;
  const digest = at >= 0 ? raw.slice(at + 1) : null;
  const colon = main.lastIndexOf(':');
  const hasTag = colon > main.lastIndexOf('/');
  const repository = hasTag ? main.slice(0, colon) : main;
  return {
    repository,
    tag: hasTag ? main.slice(colon + 1) : null,
    digest,
    repositoryEnd: start + repository.length,
    tagSpan: hasTag ? [start + colon + 1, start + main.length] : null,
  };
}

/** FROM lines that name a real image (not `scratch`, an earlier stage, or a build argument). */
export function isExternalImage(from: DockerBaseImage): boolean {
  return !from.stageRef && !from.variable && from.raw.toLowerCase() !== 'scratch' && from.raw !== '';
}
