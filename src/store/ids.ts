import { randomBytes } from 'node:crypto';

/** Sortable, collision-resistant ids: time prefix + randomness. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}
