import type { Range } from '../../core/range.js';
import { defineRule } from '../../core/rule.js';
import { copySources } from './lib/copy-sources.js';
import { instructionPath } from './lib/stages.js';

interface SecretKind {
  readonly test: (segments: readonly string[], base: string) => boolean;
  readonly what: string;
}

const SECRET_FILES: readonly SecretKind[] = [
  { test: (_s, b) => /^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/.test(b), what: 'an SSH private key' },
  { test: (s) => s.includes('.ssh'), what: 'an SSH directory' },
  { test: (_s, b) => /\.(?:key|p12|pfx)$/i.test(b), what: 'a private key or key store' },
  { test: (_s, b) => /\.pem$/i.test(b) && /key|priv/i.test(b), what: 'a private key' },
  {
    test: (_s, b) =>
      /^\.env(?:\..+)?$/i.test(b) && !/\.(?:example|sample|template|dist|defaults|tpl)$/i.test(b),
    what: 'an environment file with secrets',
  },
  {
    test: (_s, b) => ['.npmrc', '.pypirc', '.netrc', '_netrc', '.git-credentials', '.dockercfg'].includes(b),
    what: 'a credentials file',
  },
  { test: (s, b) => b === 'credentials' && s.includes('.aws'), what: 'AWS credentials' },
  { test: (s) => s[s.length - 1] === '.aws', what: 'the AWS credentials directory' },
  { test: (s, b) => b === 'config.json' && s.includes('.docker'), what: 'Docker registry credentials' },
  {
    test: (s, b) => (b === 'config' && s.includes('.kube')) || b === 'kubeconfig',
    what: 'a Kubernetes credentials file',
  },
];

export default defineRule({
  id: 'docker/secret-file-copied',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Key or credentials file copied into the image',
  why: 'Files copied into an image stay in its layer forever, even if a later RUN deletes them. Anyone who can pull the image can extract a private key, `.env`, `.npmrc` token or cloud credentials from it and use them to impersonate your service or reach your infrastructure.',
  fix: 'Do not COPY/ADD secrets. For build-time access use `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc ...` or `RUN --mount=type=ssh`; mount runtime keys and certificates from the orchestrator (Kubernetes Secret, Docker secrets). Add the files to `.dockerignore` and rotate any that were published.',
  verify:
    'Re-scan the Dockerfile; after rebuilding, `docker run --rm <image> ls -la <path>` does not find the file and `docker history` shows no layer adding it.',
  references: [
    'CIS Docker Benchmark 4.10',
    'CWE-538',
    'CWE-312',
    'https://docs.docker.com/build/building/secrets/',
  ],
  check(doc, ctx) {
    for (const stage of doc.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
        for (const source of copySources(ins)) {
          const segments = source
            .replace(/^~\//, '')
            .split('/')
            .filter((x) => x !== '' && x !== '.');
          const base = segments[segments.length - 1] ?? '';
          const kind = SECRET_FILES.find((k) => k.test(segments, base));
          if (!kind) continue;
          ctx.report({
            at: sourceRange(doc.text, ins.argsRange, source) ?? ins.range,
            message: `${ins.keyword} puts ${kind.what} (${source}) into the image`,
            path: `${instructionPath(stage, ins)}/${source}`,
          });
        }
      }
    }

    function sourceRange(text: string, args: Range, source: string): Range | null {
      const at = text.slice(args.start.offset, args.end.offset).indexOf(source);
      if (at < 0) return null;
      const start = args.start.offset + at;
      return doc.lines.range(start, start + source.length);
    }
  },
});
