import type { TextDocument } from '../../../sources/parsers/secrets/text-document.js';
import { findTokens, type TokenMatch } from './scan.js';
import { isPlaceholderToken } from './secret-value.js';

/**
 * AWS access key ids: `AKIA` (long-term IAM user keys) or `ASIA` (temporary STS keys) followed by
 * 16 base-32 characters (A-Z, 2-7). Other `A...A` prefixes name users and roles, not keys.
 */
export const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA)[A-Z2-7]{16})(?![A-Za-z0-9])/g;

export function accessKeyIds(doc: TextDocument): TokenMatch[] {
  return [...findTokens(doc, ['AKIA', 'ASIA'], ACCESS_KEY_ID)].filter(
    (m) => !isPlaceholderToken(m.value, m.value.slice(4)),
  );
}
