import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import { runRules } from '../../../engine/run-rules.js';
import { textHandler } from '../../../sources/parsers/secrets/handler.js';
import { rules } from '../index.js';
import { fileClass } from './file-class.js';
import { entropy, isPlaceholderToken, mask, maskedEvidence, secretPath } from './secret-value.js';

const io = { readText: () => undefined, glob: () => [] };
function scan(path: string, text: string) {
  const doc = textHandler.parse({ path, absPath: `/x/${path}`, text, lines: new LineIndex(text) }, io)
    .documents[0];
  if (!doc) throw new Error('no document');
  return runRules(doc, rules).findings;
}

const GHP = 'ghp_' + 'qN9Nifp28uwCDydesokF5NSAllsNdV40J599';
const GHP2 = 'ghp_' + 'Lm4Rp8sWz1Nb6Yc3DkQ9vT2xLm4Rp8sWz1Nb';

describe('secret values', () => {
  it('masks to the first four characters', () => {
    expect(mask('sk_live_abc')).toBe('sk_l***');
    expect(maskedEvidence(`TOKEN=${GHP}`, GHP)).toBe('TOKEN=ghp_***');
  });

  it('masks other token-like strings sharing the line', () => {
    const line = `a=Zq8vR2mN4tLpQ1w2e3r4 b=${GHP}`;
    expect(maskedEvidence(line, GHP)).toBe('a=Zq8v*** b=ghp_***');
  });

  it('hashes the value into the logical path, never the value itself', () => {
    const p = secretPath('github-token', GHP);
    expect(p).toMatch(/^github-token\/sha256:[0-9a-f]{16}$/);
    expect(p).not.toContain(GHP.slice(4, 12));
  });

  it('computes Shannon entropy', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(entropy('abcd')).toBe(2);
  });

  it('recognises placeholders', () => {
    expect(isPlaceholderToken('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(
      isPlaceholderToken('ghp_000000000000000000000000000000000000', '000000000000000000000000000000000000'),
    ).toBe(true);
    expect(isPlaceholderToken(GHP, GHP.slice(4))).toBe(false);
  });

  it('classifies lock and minified files', () => {
    expect(fileClass('web/package-lock.json')).toBe('lock');
    expect(fileClass('go.sum')).toBe('lock');
    expect(fileClass('Cargo.lock')).toBe('lock');
    expect(fileClass('dist/app.min.js')).toBe('minified');
    expect(fileClass('src/app.js')).toBe('normal');
  });
});

describe('finding identity', () => {
  it('survives moving lines and separates different secrets', () => {
    const a = scan('.env', `TOKEN=${GHP}\n`).filter((f) => f.ruleId === 'secrets/github-token');
    const b = scan('.env', `# moved\n\nTOKEN=${GHP}\nOTHER=${GHP2}\n`).filter(
      (f) => f.ruleId === 'secrets/github-token',
    );
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(2);
    expect(b[0]?.logicalPath).toBe(a[0]?.logicalPath);
    expect(b[1]?.logicalPath).not.toBe(a[0]?.logicalPath);
    for (const f of [...a, ...b]) {
      expect(f.message).not.toContain(GHP.slice(5));
      expect(f.evidence ?? '').not.toContain(GHP.slice(5));
      expect(f.logicalPath).not.toContain(GHP.slice(5));
    }
  });

  it('stays quiet on realistic noise', () => {
    const lock = `"integrity": "sha512-${'Zq8vR2mN4tLp+/'.repeat(6)}=="\n"resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz"\n`;
    expect(scan('package-lock.json', lock)).toEqual([]);
    const image = `<img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg'.repeat(50)}">\n`;
    expect(scan('index.html', image)).toEqual([]);
    const sums = 'github.com/pkg/errors v0.9.1 h1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=\n';
    expect(scan('go.sum', sums)).toEqual([]);
  });

  it('has no catastrophic backtracking on adversarial input', () => {
    const evil = [
      'password='.repeat(5000),
      `postgres://${'a:'.repeat(5000)}`,
      `-----BEGIN PRIVATE KEY-----${' '.repeat(50_000)}`,
      `eyJ${'a'.repeat(50_000)}.`,
      `AccountKey=${'A'.repeat(50_000)}`,
      `sk-proj-${'-'.repeat(50_000)}`,
      `"token": "${'\\'.repeat(50_000)}`,
    ].join('\n');
    const start = performance.now();
    scan('evil.env', evil);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
