import { isSeq } from 'yaml';
import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import { setKey } from '../../../fixers/yaml-edit.js';
import type { SpringEntry } from '../../../sources/parsers/app-settings/spring-document.js';

/**
 * Sets an entry's value in place: the raw value text in a .properties file, or the YAML node via
 * the formatting-preserving YAML helpers. Null when the change cannot be made safely.
 */
export function setSpringValue(
  e: EditBuilder,
  entry: SpringEntry,
  value: string | boolean | readonly string[],
): TextEdit | null {
  if (!entry.yaml) return e.replace(entry.valueRange, Array.isArray(value) ? value.join(',') : String(value));
  const { source, path } = entry.yaml;
  const last = path[path.length - 1];
  if (typeof last !== 'string') return null;
  // A YAML list stays a list; a scalar stays a scalar (comma-separated, as Spring accepts).
  const yamlValue = Array.isArray(value) && !isSeq(source.node(path)) ? value.join(',') : value;
  return setKey(e, source, path.slice(0, -1), last, yamlValue);
}
