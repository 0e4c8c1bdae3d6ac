import { defineRule } from '../../core/rule.js';
import { copySources, flag, isGitSource, isRemoteUrl } from './lib/copy-sources.js';
import { instructionPath, keywordRange } from './lib/stages.js';

const PLACEHOLDER = 'sha256:CHECKSUM';
const CHECKSUM = /^(?:(sha256|sha384|sha512):)?([a-f0-9]+)$/i;
const HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

export default defineRule({
  id: 'docker/add-remote-url',
  kind: 'dockerfile',
  severity: 'medium',
  title: 'ADD downloads a remote file without verifying it',
  why: '`ADD https://...` fetches whatever the server returns at build time and puts it in the image, with no check that it is the file you meant. If the server, the DNS or anything on the path is compromised, or the file simply changes, the build quietly ships different (possibly malicious) content.',
  fix: 'Give ADD the expected digest with `ADD --checksum=sha256:<hex> <url> <dest>` (BuildKit, Dockerfile syntax 1.6+), or download with `RUN curl -fsSLo file <url> && echo "<sha256>  file" | sha256sum -c -`.',
  verify:
    'Re-scan the Dockerfile; run `docker build --no-cache .`: the build fails if the downloaded file does not match the checksum.',
  references: [
    'CIS Docker Benchmark 4.9',
    'CWE-494',
    'https://docs.docker.com/reference/dockerfile/#add---checksum',
  ],
  fixable: 'suggestion',
  options: {
    checksum: {
      description:
        'Expected digest of the downloaded file, `sha256:<hex>` (only applied when the file has a single remote ADD).',
    },
  },
  check(doc, ctx) {
    const offending = doc.stages.flatMap((stage) =>
      stage.instructions
        .filter((i) => i.keyword === 'ADD' && flag(i, 'checksum') === undefined)
        .map((ins) => ({
          stage,
          ins,
          urls: copySources(ins).filter((s) => isRemoteUrl(s) && !isGitSource(s)),
        }))
        .filter((x) => x.urls.length > 0),
    );
    for (const { stage, ins, urls } of offending) {
      const keyword = keywordRange(doc, ins);
      ctx.report({
        at: ins.range,
        message: `ADD downloads ${urls[0]} without a checksum`,
        path: instructionPath(stage, ins),
        evidence: urls.join(' '),
        suggest: {
          question: `What is the expected sha256 digest of ${urls[0]}?`,
          option: 'checksum',
          placeholder: PLACEHOLDER,
          edits: (e, value) => {
            const checksum = normalise(value);
            if (checksum === null || urls.length !== 1 || offending.length !== 1) return null;
            return e.insertAfter(keyword, ` --checksum=${checksum}`);
          },
        },
      });
    }
  },
});

function normalise(value: string): string | null {
  const v = value.trim();
  if (v === PLACEHOLDER) return v;
  const m = CHECKSUM.exec(v);
  if (!m) return null;
  const algorithm = (m[1] ?? 'sha256').toLowerCase();
  const hex = (m[2] ?? '').toLowerCase();
  return hex.length === HEX_LENGTH[algorithm] ? `${algorithm}:${hex}` : null;
}
