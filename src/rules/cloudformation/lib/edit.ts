import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import { jsonSetKey } from '../../../fixers/json-edit.js';
import { setKey } from '../../../fixers/yaml-edit.js';
import {
  type CfnResource,
  type CloudFormationDocument,
  isEditable,
  type PropPath,
  propertyPath,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';

/**
 * Sets `key` to `value` in the property map at `parent` (below `Properties`), creating missing
 * maps, in YAML or JSON. Null when a reference or intrinsic function is on the way (changing
 * `!Ref Param` or an `!If` is a human decision) or the layout cannot be edited safely.
 */
export function setProperty(
  e: EditBuilder,
  doc: CloudFormationDocument,
  res: CfnResource,
  parent: PropPath,
  key: string,
  value: unknown,
): TextEdit | null {
  if (!isEditable(res, [...parent, key])) return null;
  const mapPath = propertyPath(res, parent);
  return doc.format === 'json'
    ? jsonSetKey(e, doc.source, mapPath, key, value)
    : setKey(e, doc.source, mapPath, key, value);
}

/** Sets the property at a full path (`['MetadataOptions', 'HttpTokens']`). */
export function setPropertyAt(
  e: EditBuilder,
  doc: CloudFormationDocument,
  res: CfnResource,
  path: PropPath,
  value: unknown,
): TextEdit | null {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return null;
  return setProperty(e, doc, res, path.slice(0, -1), key, value);
}
