import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { Range } from '../../../core/range.js';
import type { DjangoDocument, PyValue } from '../../../sources/parsers/app-settings/django-document.js';

/** Adds `import os` where imports belong when a replacement uses `os.` and the module lacks it. */
export function withOsImport(doc: DjangoDocument, e: EditBuilder, edit: TextEdit, code: string): TextEdit[] {
  if (doc.importsOs || !/\bos\./.test(code)) return [edit];
  return [e.insertAt(doc.importOffset, `import os${e.eol}`), edit];
}

/** Replaces a value with Python source, importing `os` when needed. */
export function replaceValue(doc: DjangoDocument, e: EditBuilder, value: PyValue, code: string): TextEdit[] {
  return withOsImport(doc, e, e.replace(value.range, code), code);
}

/** Appends `NAME = code` at the end of the module (for settings that are missing). */
export function appendSetting(doc: DjangoDocument, e: EditBuilder, name: string, code: string): TextEdit[] {
  return withOsImport(doc, e, e.appendLines([`${name} = ${code}`]), code);
}

/** Where to point for a setting that is missing: the module's first assignment, or its start. */
export function missingAt(doc: DjangoDocument): Range {
  return doc.settings.find((s) => !s.conditional)?.nameRange ?? doc.lines.range(0, 0);
}

/** A Python identifier usable as an environment variable name. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
