import type { Diagnostic } from '../../../core/diagnostic.js';
import { parseError, type SourceFile } from '../types.js';
import type { DjangoDocument, DjangoSetting } from './django-document.js';
import { parseValue, scanStatements } from './python-settings.js';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?::[^=\n]{1,200}?)?(\+?=)(?!=)[ \t]*/;
const STAR_IMPORT = /^from[ \t]+[\w.]+[ \t]+import[ \t]+\*/;
const IMPORT = /^(?:import|from)[ \t]/;
const IMPORTS_OS = /^import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*,[ \t]*)*os(?:[ \t]*(?:,|$))/;
const DEVELOPMENT_NAME =
  /^(?:settings[_.-])?(?:dev|devel|develop|development|local|test|tests|testing|ci)(?:[_.-]settings)?\.py$/i;

/** Parses a Django settings module into its assignments, never throwing on bad input. */
export function parseDjango(file: SourceFile): { document: DjangoDocument; diagnostics: Diagnostic[] } {
  const { text, lines } = file;
  const { statements, errors } = scanStatements(text);
  const diagnostics = errors.slice(0, 20).map((e) => parseError(file, e.message, e.offset));
  const settings: DjangoSetting[] = [];
  let inherits = false;
  let importsOs = false;
  let firstImport = -1;
  let afterPreamble = 0;
  let firstCode = -1;
  let preamble = true;
  for (const st of statements) {
    const head = text.slice(st.start, Math.min(st.end, st.start + 400));
    const topLevel = st.indent === 0;
    if (topLevel) {
      if (preamble && (/^[rRuU]?["']/.test(head) || /^from[ \t]+__future__[ \t]/.test(head))) {
        afterPreamble = lines.position(st.end).line;
      } else {
        if (preamble) firstCode = lines.lineStart(lines.position(st.start).line);
        preamble = false;
      }
      if (STAR_IMPORT.test(head)) inherits = true;
      if (IMPORTS_OS.test(head)) importsOs = true;
      if (firstImport < 0 && IMPORT.test(head) && !/^from[ \t]+__future__/.test(head)) firstImport = st.start;
    }
    const m = ASSIGNMENT.exec(head);
    if (!m) continue;
    const name = m[1] as string;
    const valueStart = st.start + m[0].length;
    settings.push({
      name,
      op: m[2] === '+=' ? '+=' : '=',
      nameRange: lines.range(st.start, st.start + name.length),
      value: parseValue(text, valueStart, st.end, lines),
      range: lines.range(st.start, st.end),
      conditional: !topLevel,
    });
  }
  // New imports go before the first import, else before the first statement after the module
  // docstring and `__future__` imports, else after them.
  const importOffset =
    firstImport >= 0
      ? firstImport
      : firstCode >= 0
        ? firstCode
        : afterPreamble > 0
          ? lines.lineStart(afterPreamble + 1)
          : 0;
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  return {
    document: {
      kind: 'django',
      path: file.path,
      text,
      lines,
      settings,
      inherits,
      development: DEVELOPMENT_NAME.test(base),
      importsOs,
      importOffset: Math.min(importOffset, text.length),
    },
    diagnostics,
  };
}
