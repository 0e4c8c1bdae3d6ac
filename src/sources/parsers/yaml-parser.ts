import * as nodeBuild from 'yaml';

/**
 * The YAML parser classes for the hot path. The `yaml` package's Node build reads two debug
 * switches from `process.env` for every token it lexes and composes (LOG_TOKENS, LOG_STREAM).
 * Each read is a call into the environment under a process-wide lock: about a sixth of all
 * parse time in one thread, and a point of contention between scan threads. The package's own
 * browser build is the same code with those switches compiled out; it is plain ES modules, so
 * Node loads it as is. Nodes from both builds are recognised alike (`yaml` tags nodes with
 * `Symbol.for` keys), so the rest of the code keeps importing `yaml` normally. When the file
 * cannot be found (a future layout, a bundler), the Node build is used.
 */
async function load(): Promise<Pick<typeof nodeBuild, 'Parser' | 'Composer'>> {
  try {
    const url = new URL('../browser/dist/index.js', import.meta.resolve('yaml'));
    const browser = (await import(url.href)) as typeof nodeBuild;
    if (typeof browser.Parser === 'function' && typeof browser.Composer === 'function') return browser;
  } catch {
    // Fall through to the Node build.
  }
  return nodeBuild;
}

export const { Parser, Composer } = await load();
