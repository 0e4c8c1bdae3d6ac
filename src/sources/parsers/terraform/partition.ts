import { posix } from 'node:path';

/**
 * A local module call's source, in HCL (`source = "./modules/x"`) or JSON (`"source": "../x"`).
 * Matching comments or strings that merely look like one only merges sets that could have been
 * apart, which costs parallelism, never correctness.
 */
const LOCAL_SOURCE = /["']?\bsource["']?\s*[=:]\s*"(\.\.?\/[^"]*)"/g;

/**
 * Splits Terraform files into sets that can be evaluated apart: directories joined by local
 * module calls (either way) stay together, with their tfvars. Each set gives the same documents
 * alone as inside the whole group, so sets can go to different threads.
 */
export function independentTerraformSets(
  absPaths: readonly string[],
  readText: (absPath: string) => string | undefined,
): string[][] {
  const parent = new Map<string, string>();
  const find = (d: string): string => {
    let root = d;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let n = d; n !== root; ) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  const add = (d: string) => {
    if (!parent.has(d)) parent.set(d, d);
  };
  const union = (a: string, b: string) => {
    add(a);
    add(b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const path of absPaths) {
    const dir = posix.dirname(path);
    add(dir);
    if (!/\.tf(\.json)?$/i.test(path)) continue;
    const text = readText(path);
    if (text === undefined || !text.includes('source')) continue;
    for (const m of text.matchAll(LOCAL_SOURCE))
      union(dir, posix.normalize(posix.join(dir, m[1]!)).replace(/\/$/, ''));
  }
  const sets = new Map<string, string[]>();
  for (const path of absPaths) {
    const root = find(posix.dirname(path));
    const set = sets.get(root);
    if (set) set.push(path);
    else sets.set(root, [path]);
  }
  return [...sets.values()];
}
