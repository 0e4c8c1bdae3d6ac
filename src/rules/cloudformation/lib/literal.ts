import { isPlaceholder } from '../../aws/lib/literal.js';

/**
 * A secret written in the template itself: a literal string (not `!Ref`/`!Sub`, not a
 * `{{resolve:...}}` dynamic reference) that is not an obvious placeholder. Reads the value
 * as written (`rawAt`), since a parameter default would resolve to a string too.
 */
export function isLiteralSecret(raw: unknown): raw is string {
  return (
    typeof raw === 'string' && raw.trim() !== '' && !/^\{\{resolve:/.test(raw.trim()) && !isPlaceholder(raw)
  );
}
