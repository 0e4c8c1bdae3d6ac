import { posix } from 'node:path';
import { LineIndex } from '../../../core/range.js';
import type { FileKindHandler, ParseIO, SourceFile } from '../types.js';
import { parseSshd } from './parse-sshd.js';

const KEYWORDS =
  /^[ \t]*(?:PermitRootLogin|PasswordAuthentication|PubkeyAuthentication|ChallengeResponseAuthentication|KbdInteractiveAuthentication|UsePAM|Subsystem|AuthorizedKeysFile|HostKey|PermitEmptyPasswords|X11Forwarding|AllowUsers|AllowGroups)[ \t=]/im;

function byName(path: string, base: string): boolean {
  if (base === 'sshd_config') return true;
  return /(?:^|\/)sshd_config\.d\/[^/]+\.conf$/.test(path);
}

/** Only for files whose name says sshd (`sshd_config.hardened`, `sshd-prod`): two server keywords. */
function byContent(text: string, base: string): boolean {
  if (!/sshd/i.test(base) || /\.(?:ya?ml|json|py|j2|tmpl|service|socket)$/i.test(base)) return false;
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  const found = new Set<string>();
  const re = new RegExp(KEYWORDS.source, 'gim');
  for (const m of head.matchAll(re)) {
    found.add(m[0].trim().toLowerCase());
    if (found.size >= 2) return true;
  }
  return false;
}

/**
 * A drop-in (`sshd_config.d/10-hardening.conf`) that the neighbouring sshd_config includes is
 * judged as part of it, where "first value wins" across files can be decided.
 */
function coveredByMainConfig(file: SourceFile, io: ParseIO): boolean {
  const dir = posix.dirname(file.absPath);
  if (posix.basename(dir) !== 'sshd_config.d') return false;
  const candidate = posix.join(posix.dirname(dir), 'sshd_config');
  const text = io.readText(candidate);
  if (text === undefined) return false;
  const main: SourceFile = {
    path: posix.join(posix.dirname(posix.dirname(file.path)), 'sshd_config'),
    absPath: candidate,
    text,
    lines: new LineIndex(text),
  };
  return parseSshd(main, io).document.sources.some((s) => s.absPath === file.absPath);
}

export const sshdHandler: FileKindHandler = {
  kind: 'sshd',
  label: 'OpenSSH sshd_config',
  comments: ['#'],
  byName,
  byContent,
  parse(file, io) {
    if (coveredByMainConfig(file, io)) return { documents: [], diagnostics: [] };
    const { document, diagnostics } = parseSshd(file, io);
    return { documents: [document], diagnostics };
  },
};
