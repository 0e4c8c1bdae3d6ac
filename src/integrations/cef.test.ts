import { describe, expect, it } from 'vitest';
import { cefExtension, cefHeader, cefValue, octetFrame, syslog5424, truncateUtf8 } from './cef.js';

describe('CEF escaping', () => {
  it('escapes pipe and backslash in header fields, and flattens line breaks', () => {
    expect(cefHeader('a|b\\c')).toBe('a\\|b\\\\c');
    expect(cefHeader('two\nlines')).toBe('two lines');
  });
  it('escapes backslash, equals and newlines in extension values but not pipes', () => {
    expect(cefValue('a=b|c\\d\r\ne\nf\rg')).toBe('a\\=b|c\\\\d\\ne\\nf\\rg');
  });
  it('drops empty values and keys that are not alphanumeric', () => {
    expect(
      cefExtension([
        ['msg', 'x=1'],
        ['bad key', 'y'],
        ['cs1', undefined],
        ['cn1', 3],
      ]),
    ).toBe('msg=x\\=1 cn1=3');
  });
});

describe('syslog framing', () => {
  it('writes an RFC 5424 header with PRI = facility*8 + severity and nil structured data', () => {
    const m = syslog5424({
      facility: 16,
      severity: 2,
      timestamp: new Date('2026-01-02T03:04:05.678Z'),
      hostname: 'scanner host',
      appName: 'plumbline',
      procId: '42',
      msgId: 'finding.new',
      message: 'CEF:0|x',
    });
    expect(m).toBe('<130>1 2026-01-02T03:04:05.678Z scannerhost plumbline 42 finding.new - CEF:0|x');
  });
  it('octet-counts in bytes, not characters', () => {
    expect(octetFrame('héllo').toString('utf8')).toBe('6 héllo');
  });
  it('truncates UTF-8 on a character boundary', () => {
    expect(truncateUtf8('aé', 2)).toBe('a');
  });
});
