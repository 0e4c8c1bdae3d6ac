import { defineRule } from '../../core/rule.js';
import { resolveCommand, type ShellWord } from '../../sources/parsers/dockerfile/shell-script.js';
import { removeWords } from './lib/shell-edit.js';
import { instructionPath, runEntries } from './lib/stages.js';

/** curl short options whose value follows (in the same word or the next one). */
const CURL_SHORT_WITH_ARG = new Set('AbcCdDeEFHKmoPQrTuUwxXyYz'.split(''));
const CURL_LONG_WITH_ARG = new Set([
  '--header',
  '--output',
  '--data',
  '--data-raw',
  '--data-binary',
  '--user',
  '--user-agent',
  '--url',
  '--request',
  '--write-out',
  '--config',
  '--cacert',
  '--cert',
  '--key',
]);
const LONG_INSECURE: Readonly<Record<string, readonly string[]>> = {
  curl: ['--insecure', '--proxy-insecure'],
  wget: ['--no-check-certificate'],
};

interface Hit {
  readonly word: ShellWord;
  readonly flag: string;
  /** Index of the `k` inside a grouped short-option word such as `-fsSLk`. */
  readonly letter?: number;
}

export default defineRule({
  id: 'docker/insecure-download',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Download with TLS certificate checks turned off',
  why: '`curl -k` / `--insecure` and `wget --no-check-certificate` accept any certificate, so anyone who can intercept the build network (a proxy, a rogue Wi-Fi, a poisoned DNS) can serve their own file instead of the real one, and it goes straight into your image.',
  fix: 'Remove the flag. If the server uses a private CA, install that CA into the image (`/usr/local/share/ca-certificates` + `update-ca-certificates`) or pass it with `--cacert`/`--ca-certificate`.',
  verify:
    'Re-scan the Dockerfile and rebuild with `docker build --no-cache .`: the download still succeeds with verification on.',
  references: [
    'CWE-295',
    'https://curl.se/docs/manpage.html#-k',
    'https://www.gnu.org/software/wget/manual/wget.html#HTTPS-_0028SSL_002fTLS_0029-Options',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const { stage, instruction, script } of runEntries(doc)) {
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        if (!r || (r.name !== 'curl' && r.name !== 'wget')) continue;
        for (const hit of insecureFlags(r.name, r.args)) {
          n++;
          const { word, letter } = hit;
          ctx.report({
            at: doc.lines.range(word.start, word.end),
            message: `${r.name} ${hit.flag} turns off TLS certificate checks`,
            path: `${instructionPath(stage, instruction)}/${r.name}[${n}]`,
            fix: (e) => {
              if (letter === undefined) return removeWords(e, word);
              if (!word.plain) return null;
              return e.remove([word.start + letter, word.start + letter + 1]);
            },
          });
        }
      }
    }
  },
});

function insecureFlags(program: string, args: readonly ShellWord[]): Hit[] {
  const hits: Hit[] = [];
  const long = LONG_INSECURE[program] ?? [];
  for (let k = 0; k < args.length; k++) {
    const w = args[k] as ShellWord;
    const v = w.value;
    if (v === '--') break;
    if (long.includes(v)) {
      hits.push({ word: w, flag: v });
      continue;
    }
    if (program !== 'curl' || !v.startsWith('-')) continue;
    if (v.startsWith('--')) {
      if (CURL_LONG_WITH_ARG.has(v)) k++;
      continue;
    }
    for (let j = 1; j < v.length; j++) {
      const letter = v[j] as string;
      if (letter === 'k') {
        hits.push(v.length === 2 ? { word: w, flag: '-k' } : { word: w, flag: '-k', letter: j });
        break;
      }
      if (CURL_SHORT_WITH_ARG.has(letter)) {
        if (j === v.length - 1) k++;
        break;
      }
    }
  }
  return hits;
}
