import { posix } from 'node:path';
import { LineIndex } from '../../../core/range.js';
import { pathFromScan } from '../scan-path.js';
import type { FileKindHandler, ParseIO, SourceFile } from '../types.js';
import { parseNginx } from './parse-nginx.js';

/** Directories whose files are nginx configuration whatever their name. */
const NGINX_DIR =
  /(?:^|\/)(?:nginx|openresty)\/(?:.*\/)?(?:sites-enabled|sites-available|conf\.d|snippets|vhosts\.d)\/[^/]+$/i;

function byName(path: string, base: string): boolean {
  if (/^nginx\.conf$/i.test(base) || /\.nginx$/i.test(base) || /\.nginx\.conf$/i.test(base)) return true;
  if (/(?:^|\/)(?:nginx|openresty)\/(?:.*\/)?[^/]+\.conf$/i.test(path)) return true;
  return NGINX_DIR.test(path);
}

/** `http {` or `server {` at the start of a line, plus a `listen` or `location` directive. */
function byContent(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return (
    /^[ \t]*(?:http|server)[ \t]*\{/m.test(head) && /^[ \t]*(?:listen[ \t]+\S|location[ \t]+\S)/m.test(head)
  );
}

/**
 * A snippet (`conf.d/site.conf`) that a nearby `nginx.conf` includes is judged as part of that
 * configuration, where it inherits the `http` context; parsing it alone would report the same
 * findings twice and miss inherited settings. Looks for nginx.conf up to two directories up.
 */
function coveredByMainConfig(file: SourceFile, io: ParseIO): boolean {
  let dir = posix.dirname(file.absPath);
  for (let up = 0; up < 3; up++) {
    const candidate = posix.join(dir, 'nginx.conf');
    if (candidate !== file.absPath) {
      const text = io.readText(candidate);
      if (text !== undefined) {
        const main: SourceFile = {
          path: pathFromScan(file, candidate),
          absPath: candidate,
          text,
          lines: new LineIndex(text),
        };
        const { document } = parseNginx(main, io);
        if (document.isMain && document.sources.some((s) => s.absPath === file.absPath)) return true;
      }
    }
    const parent = posix.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return false;
}

export const nginxHandler: FileKindHandler = {
  kind: 'nginx',
  label: 'nginx configuration',
  comments: ['#'],
  byName,
  byContent: (text, base) => !/\.(?:ya?ml|json|py|properties)$/i.test(base) && byContent(text),
  parse(file, io) {
    const { document, diagnostics } = parseNginx(file, io);
    if (!document.isMain && coveredByMainConfig(file, io)) return { documents: [], diagnostics: [] };
    return { documents: [document], diagnostics };
  },
};
