import { posix } from 'node:path';

/**
 * The path (from the working directory, as findings show it) of a file an included directive
 * names, anchored on the scanned file that includes it. Works when the scanned tree is outside
 * the working directory too (`plumb scan ../other-repo`), where the working directory cannot be
 * recovered from the scanned file's two paths.
 */
export function pathFromScan(file: { path: string; absPath: string }, abs: string): string {
  const root = file.absPath.endsWith(`/${file.path}`)
    ? file.absPath.slice(0, file.absPath.length - file.path.length)
    : null;
  if (root && abs.startsWith(root)) return abs.slice(root.length);
  return posix.normalize(
    posix.join(posix.dirname(file.path), posix.relative(posix.dirname(file.absPath), abs)),
  );
}
