import { defineRule } from '../../core/rule.js';
import { copySources, isGitSource, isRemoteUrl } from './lib/copy-sources.js';
import { instructionPath, keywordRange } from './lib/stages.js';

/** Names ADD may auto-extract (it sniffs the content, so anything compressed-looking is left alone). */
const ARCHIVE = /\.(?:tar|tgz|tbz2?|txz|tlz|taz|tzst|gz|bz2|xz|lz|lzma|zst|z)$/i;
/** Flags COPY understands too; anything else (`--checksum`, `--keep-git-dir`, `--unpack`) keeps ADD. */
const COPY_FLAGS = new Set(['chown', 'chmod', 'link', 'parents', 'exclude']);

export default defineRule({
  id: 'docker/add-instead-of-copy',
  kind: 'dockerfile',
  severity: 'low',
  title: 'ADD used to copy local files',
  why: 'ADD does more than copy: it unpacks archives and fetches URLs. Using it for plain files hides that behaviour from reviewers, and a file that later turns into a tarball (or a path that becomes a URL) changes what lands in the image without anyone noticing. COPY does only what it says.',
  fix: 'Replace `ADD` with `COPY` for local files and directories; keep ADD only for archives you want unpacked.',
  verify: 'Re-scan the Dockerfile and rebuild: the image contents are unchanged.',
  references: [
    'CIS Docker Benchmark 4.9',
    'CWE-749',
    'https://docs.docker.com/build/building/best-practices/#add-or-copy',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const stage of doc.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ADD') continue;
        const sources = copySources(ins);
        if (sources.length === 0) continue;
        const plainLocal = sources.every(
          (s) =>
            !isRemoteUrl(s) && !isGitSource(s) && !s.includes('$') && !ARCHIVE.test(s.replace(/\/+$/, '')),
        );
        if (!plainLocal || ins.flags.some((f) => !COPY_FLAGS.has(f.name.toLowerCase()))) continue;
        const keyword = keywordRange(doc, ins);
        const written = doc.text.slice(keyword.start.offset, keyword.end.offset);
        ctx.report({
          at: keyword,
          message: `use COPY instead of ADD for ${sources.length === 1 ? sources[0] : 'local files'}`,
          path: instructionPath(stage, ins),
          fix: (e) => (written.toUpperCase() === 'ADD' ? e.replace(keyword, matchCase(written)) : null),
        });
      }
    }
  },
});

function matchCase(written: string): string {
  if (written === written.toLowerCase()) return 'copy';
  if (written === written.toUpperCase()) return 'COPY';
  return 'Copy';
}
