import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../src/cli/commands/rules-text.js';
import { RULES } from '../src/rules/index.js';

describe('docs/rules.md', () => {
  it('is generated from the catalogue (run `npm run docs:rules` after changing a rule)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8');
    expect(committed === rulesMarkdown(RULES), 'docs/rules.md is stale: run `npm run docs:rules`').toBe(true);
  });
});
