import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { Range } from '../../../core/range.js';
import type {
  MyCnfDocument,
  MyCnfGroup,
  MyCnfOption,
} from '../../../sources/parsers/mysql/mysql-document.js';

/** Groups the server (mysqld / mariadbd) reads its options from. */
const SERVER_GROUP =
  /^(?:mysqld\d*|server|mariadb|mariadbd|galera|(?:mysqld|mariadb|mariadbd|server)-\d+(?:\.\d+)*)$/;

export function isServerGroup(group: string): boolean {
  return SERVER_GROUP.test(group);
}

export function serverOptions(doc: MyCnfDocument): MyCnfOption[] {
  return doc.options.filter((o) => isServerGroup(o.group));
}

/** True/false for MySQL boolean spellings; undefined for anything else. */
export function boolOf(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['1', 'on', 'true', 'yes', 'enabled', 'force', 'force_plus_permanent'].includes(v)) return true;
  if (['0', 'off', 'false', 'no', 'disabled'].includes(v)) return false;
  return undefined;
}

export interface EffectiveBool {
  readonly option: MyCnfOption;
  /** The switch's resulting state; undefined when the value is not a boolean. */
  readonly on: boolean | undefined;
}

/**
 * The state of a boolean server option after every spelling is applied in order: `name`,
 * `name=1|0`, `enable-name`, and `skip-name` / `disable-name` (which invert). The last wins.
 */
export function effectiveBool(doc: MyCnfDocument, name: string): EffectiveBool | undefined {
  let out: EffectiveBool | undefined;
  for (const o of serverOptions(doc)) {
    let invert: boolean;
    if (o.name === name || o.name === `enable_${name}`) invert = false;
    else if (o.name === `skip_${name}` || o.name === `disable_${name}`) invert = true;
    else continue;
    const base = o.value === null ? true : boolOf(o.value);
    out = { option: o, on: base === undefined ? undefined : base !== invert };
  }
  return out;
}

/** The last server option with this canonical name. */
export function lastServerOption(doc: MyCnfDocument, name: string): MyCnfOption | undefined {
  return serverOptions(doc)
    .filter((o) => o.name === name)
    .pop();
}

/** TCP is switched off (`skip-networking`), so network exposure rules do not apply. */
export function networkingDisabled(doc: MyCnfDocument): boolean {
  return effectiveBool(doc, 'networking')?.on === false || effectiveBool(doc, 'skip_networking')?.on === true;
}

/** The file's own `name = value` spacing, so inserted lines look like their neighbours. */
export function separatorOf(doc: MyCnfDocument): string {
  const own = doc.options.filter((o) => o.own && o.valueRange);
  const spaced = own.filter((o) =>
    /\s=|=\s/.test(doc.text.slice(o.nameRange.end.offset, o.valueRange?.start.offset ?? 0)),
  );
  return own.length > 0 && spaced.length * 2 < own.length ? '=' : ' = ';
}

/** The option rewritten as `name<sep>value`, keeping its `loose-` prefix and dash/underscore style. */
export function rewrite(
  e: EditBuilder,
  doc: MyCnfDocument,
  o: MyCnfOption,
  canonical: string,
  value: string,
): TextEdit {
  const dashed = o.rawName.includes('-') || !o.rawName.includes('_');
  const name = dashed ? canonical.replace(/_/g, '-') : canonical;
  return e.replace(
    o.range,
    `${o.loose ? (dashed ? 'loose-' : 'loose_') : ''}${name}${separatorOf(doc)}${value}`,
  );
}

/** The first server group header in the document's own file (where a missing option goes). */
export function firstServerGroup(doc: MyCnfDocument): MyCnfGroup | undefined {
  return doc.groups.find((g) => g.own && isServerGroup(g.name));
}

/** Whether the whole server configuration is in view, so a missing option really is missing. */
export function judgesDefaults(doc: MyCnfDocument): boolean {
  return doc.complete && !doc.userFile && doc.groups.some((g) => isServerGroup(g.name));
}

export function at(o: { own: boolean; file: string }, range: Range): { at: Range; file?: string } {
  return o.own ? { at: range } : { at: range, file: o.file };
}

/** Template placeholders (Helm, Jinja, envsubst). */
export function isTemplated(value: string): boolean {
  return /\$\{|\{\{|\{%|<%|^\$[A-Za-z_]/.test(value);
}
