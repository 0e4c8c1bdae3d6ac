import type { FileKindHandler } from '../types.js';
import type { TextDocument } from './text-document.js';

const HASH = ['#'] as const;
const SLASHES = ['//'] as const;

/** Line-comment markers by extension; the table is small and lookups are O(1). */
const COMMENTS_BY_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  py: HASH,
  rb: HASH,
  sh: HASH,
  bash: HASH,
  zsh: HASH,
  yml: HASH,
  yaml: HASH,
  toml: HASH,
  env: HASH,
  properties: ['#', '!'],
  conf: HASH,
  cfg: ['#', ';'],
  ini: ['#', ';'],
  tf: ['#', '//'],
  hcl: ['#', '//'],
  js: SLASHES,
  mjs: SLASHES,
  cjs: SLASHES,
  ts: SLASHES,
  tsx: SLASHES,
  jsx: SLASHES,
  java: SLASHES,
  kt: SLASHES,
  go: SLASHES,
  rs: SLASHES,
  cs: SLASHES,
  c: SLASHES,
  cpp: SLASHES,
  h: SLASHES,
  swift: SLASHES,
  scala: SLASHES,
  php: ['//', '#'],
  sql: ['--'],
  lua: ['--'],
  xml: ['<!--'],
  html: ['<!--'],
};

function extensionOf(base: string): string {
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return base.startsWith('.env') ? 'env' : '';
  const ext = base.slice(dot + 1).toLowerCase();
  // `.env.production`, `.env.local`: dotenv files named by environment.
  return base.startsWith('.env') ? 'env' : ext;
}

/**
 * The `text` kind: every readable text file, scanned for secrets. Never detected on its own (the
 * engine adds it to every text file), and parsing does no work beyond naming the file: detectors
 * run their own cheap pre-filters over the raw text.
 */
export const textHandler: FileKindHandler = {
  kind: 'text',
  label: 'Any text file (secrets)',
  comments: ['#', '//', '--', ';', '/*', '<!--'],
  parse(file) {
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    const extension = extensionOf(base);
    const doc: TextDocument = {
      kind: 'text',
      path: file.path,
      text: file.text,
      lines: file.lines,
      base,
      extension,
      comments: COMMENTS_BY_EXTENSION[extension] ?? [],
    };
    return { documents: [doc], diagnostics: [] };
  },
};
