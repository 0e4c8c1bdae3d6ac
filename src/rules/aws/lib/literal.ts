import type { TfSource } from '../../../sources/parsers/terraform/terraform-document.js';

/** True when the value is written literally in the code (not a variable, reference or call). */
export function isWrittenLiterally(src: TfSource | null): boolean {
  const x = src?.valueExpr;
  return (
    x !== null && x !== undefined && x.k === 'lit' && typeof x.value === 'string' && x.value.trim() !== ''
  );
}

/** Names of settings that hold secrets. */
export const SECRET_NAME =
  /(?:password|passwd|secret|token|api_?key|private_?key|access_?key|credentials?)$/i;

/** Obvious placeholders that are not real secrets. */
export function isPlaceholder(v: string): boolean {
  return /^(?:changeme|change-me|xxx+|\*+|<.*>|\$\{.*\}|todo|dummy|example|test)$/i.test(v.trim());
}
