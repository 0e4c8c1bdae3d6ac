/**
 * Minimal edit of pg_hba.conf: on `host*` lines whose method is `trust`, replace that one word with
 * `scram-sha-256`. Everything else (comments, spacing, `local` lines, options) is left as it was.
 */
export function trustToScram(text: string): { text: string; lines: number[] } {
  const out: string[] = [];
  const lines: number[] = [];
  const parts = text.split(/(\r?\n)/);
  let lineNo = 0;
  for (let i = 0; i < parts.length; i += 2) {
    lineNo++;
    const line = parts[i] ?? '';
    const eol = parts[i + 1] ?? '';
    out.push(rewriteLine(line, () => lines.push(lineNo)) + eol);
  }
  return { text: out.join(''), lines };
}

function rewriteLine(line: string, changed: () => void): string {
  const hash = line.indexOf('#');
  const body = hash === -1 ? line : line.slice(0, hash);
  const tokens = [...body.matchAll(/"[^"]*"|\S+/g)];
  const type = tokens[0]?.[0];
  if (!type || !/^host(ssl|nossl|gssenc|nogssenc)?$/.test(type)) return line;
  // type database user address [mask] method [options...]: method is field 4, or 5 after an IP + mask.
  for (const idx of [4, 5]) {
    const tok = tokens[idx];
    if (tok?.[0] !== 'trust' || tok.index === undefined) continue;
    if (!tokens.slice(idx + 1).every((t) => t[0].includes('='))) continue;
    changed();
    return line.slice(0, tok.index) + 'scram-sha-256' + line.slice(tok.index + 5);
  }
  return line;
}
