import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { sshdHandler } from './handler.js';
import { parseSshd } from './parse-sshd.js';

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function source(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
}

const parse = (text: string, files: Record<string, string> = {}) =>
  parseSshd(source('ssh/sshd_config', text), io(files));

describe('parseSshd', () => {
  it('reads keywords case-insensitively, with = separators, quotes and comments', () => {
    const { document, diagnostics } = parse(
      '# comment\n  permitrootlogin=no\nBanner = "/etc/issue net"  # trailing\nAllowUsers alice "bob smith"\r\nCiphers\taes256-gcm@openssh.com\n',
    );
    expect(diagnostics).toEqual([]);
    expect(document.global.map((d) => [d.key, d.value])).toEqual([
      ['permitrootlogin', 'no'],
      ['banner', '/etc/issue net'],
      ['allowusers', 'alice bob smith'],
      ['ciphers', 'aes256-gcm@openssh.com'],
    ]);
    const banner = document.global[1];
    expect(banner?.args[0]?.raw).toBe('"/etc/issue net"');
    expect(banner?.range.start.line).toBe(3);
    expect(document.global[0]?.keywordRange.start.column).toBe(3);
    expect(document.global[0]?.valueRange.start.column).toBe(19);
  });

  it('groups lines under Match blocks', () => {
    const { document } = parse(
      'PasswordAuthentication no\nMatch User backup Address 10.0.0.0/8\n  PasswordAuthentication yes\nMatch all\n  X11Forwarding no\n',
    );
    expect(document.global.map((d) => d.key)).toEqual(['passwordauthentication']);
    expect(document.matches.map((m) => m.label)).toEqual(['User backup Address 10.0.0.0/8', 'all']);
    expect(document.matches[0]?.criteria).toEqual([
      { name: 'user', value: 'backup' },
      { name: 'address', value: '10.0.0.0/8' },
    ]);
    expect(document.matches[0]?.directives[0]?.match).toBe(document.matches[0]);
    expect(document.firstMatch?.range.start.line).toBe(2);
  });

  it('expands Include in place, relative to the file directory, mapping /etc/ssh', () => {
    const { document, diagnostics } = parse('Include /etc/ssh/sshd_config.d/*.conf\nPermitRootLogin no\n', {
      '/repo/ssh/sshd_config.d/50-cloud.conf':
        'PasswordAuthentication yes\nMatch User x\n  X11Forwarding yes\n',
      '/repo/ssh/sshd_config.d/10-a.conf': 'PermitRootLogin yes\n',
    });
    expect(diagnostics).toEqual([]);
    expect(document.directives.map((d) => `${d.file}:${d.key}`)).toEqual([
      'ssh/sshd_config.d/10-a.conf:permitrootlogin',
      'ssh/sshd_config.d/50-cloud.conf:passwordauthentication',
      'ssh/sshd_config.d/50-cloud.conf:x11forwarding',
      'ssh/sshd_config:permitrootlogin',
    ]);
    // The Match of the included file ends with that file.
    expect(document.global.map((d) => d.key)).toEqual([
      'permitrootlogin',
      'passwordauthentication',
      'permitrootlogin',
    ]);
    expect(document.firstMatch).toBeNull();
  });

  it('keeps an Include inside a Match block in that block', () => {
    const { document } = parse('Match Group sftp\n  Include sftp.conf\n', {
      '/repo/ssh/sftp.conf': 'ForceCommand internal-sftp\n',
    });
    expect(document.matches[0]?.directives.map((d) => d.key)).toEqual(['forcecommand']);
  });

  it('reports malformed and hostile input without throwing', () => {
    expect(parse('Banner "unterminated\n').diagnostics[0]?.message).toMatch(/unterminated/);
    expect(parse('= yes\n').diagnostics[0]?.message).toMatch(/instead of a keyword/);
    expect(parse('Match\n').diagnostics[0]?.message).toMatch(/Match without criteria/);
    expect(() => parse('\u0000\u0001"\'\\\n'.repeat(1000))).not.toThrow();
    expect(parse(`AllowUsers ${'a'.repeat(1_000_000)}\n`).document.global[0]?.value.length).toBe(1_000_000);
  });

  it('warns on missing includes, stops loops and ignores paths outside the tree', () => {
    const missing = parse('Include extra.conf\nPort 22\n');
    expect(missing.diagnostics[0]).toMatchObject({ level: 'warning', code: 'unresolved' });
    expect(missing.document.global.map((d) => d.key)).toEqual(['port']);
    const loop = parse('Include a.conf\n', {
      '/repo/ssh/a.conf': 'Include b.conf\n',
      '/repo/ssh/b.conf': 'Include a.conf\nPort 22\n',
    });
    expect(loop.diagnostics.some((d) => /Include loop/.test(d.message))).toBe(true);
    expect(loop.document.global.map((d) => d.key)).toEqual(['port']);
    expect(parse('Include /usr/share/ssh/x.conf\n').diagnostics[0]?.level).toBe('note');
  });
});

describe('sshdHandler detection', () => {
  it('recognises names and sniffs only sshd-named files', () => {
    expect(sshdHandler.byName?.('etc/ssh/sshd_config', 'sshd_config')).toBe(true);
    expect(sshdHandler.byName?.('etc/ssh/sshd_config.d/10-x.conf', '10-x.conf')).toBe(true);
    expect(sshdHandler.byName?.('etc/ssh/ssh_config', 'ssh_config')).toBe(false);
    const text = 'PermitRootLogin no\nPasswordAuthentication no\n';
    expect(sshdHandler.byContent?.(text, 'sshd_config.prod')).toBe(true);
    expect(sshdHandler.byContent?.(text, 'notes.txt')).toBe(false);
    expect(sshdHandler.byContent?.('# sshd\n', 'sshd_hardened')).toBe(false);
  });

  it('leaves drop-ins to the sshd_config that includes them', () => {
    const files = {
      '/repo/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
      '/repo/ssh/sshd_config.d/10-x.conf': 'PermitRootLogin yes\n',
    };
    const dropIn = source('ssh/sshd_config.d/10-x.conf', 'PermitRootLogin yes\n');
    expect(sshdHandler.parse(dropIn, io(files)).documents).toEqual([]);
    expect(sshdHandler.parse(dropIn, io({})).documents).toHaveLength(1);
  });
});
