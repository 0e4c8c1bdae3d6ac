import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { ShellWord } from '../../../sources/parsers/dockerfile/shell-script.js';

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * Removes the words first..last (inclusive, same line) with one neighbouring blank, so
 * `curl -k url` becomes `curl url`. Null when a word is not written plainly in the source.
 */
export function removeWords(e: EditBuilder, first: ShellWord, last: ShellWord = first): TextEdit | null {
  if (!first.plain || !last.plain) return null;
  const between = e.text.slice(first.start, last.end);
  if (between.includes('\n')) return null;
  if (isBlank(e.text[first.start - 1])) return e.remove([first.start - 1, last.end]);
  if (isBlank(e.text[last.end])) return e.remove([first.start, last.end + 1]);
  return null;
}
