/**
 * Rewrites `${{ expr }}` occurrences in shell and JavaScript source into references to an
 * environment variable, choosing the form that fits the quoting around each occurrence.
 * Returns null when the context is not understood (heredocs, comments in JS...).
 */

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

type ShellState = 'none' | 'single' | 'double';

function shellStateAt(script: string, offset: number): ShellState {
  let state: ShellState = 'none';
  for (let i = 0; i < offset; i++) {
    const c = script[i];
    if (state === 'none') {
      if (c === '\\') i++;
      else if (c === "'") state = 'single';
      else if (c === '"') state = 'double';
      else if (c === '#' && (i === 0 || /\s/.test(script[i - 1] ?? ''))) {
        const nl = script.indexOf('\n', i);
        if (nl < 0 || nl >= offset) return 'none';
        i = nl;
      }
    } else if (state === 'single') {
      if (c === "'") state = 'none';
    } else if (c === '\\') i++;
    else if (c === '"') state = 'none';
  }
  return state;
}

/** For bash/sh: `"${VAR}"` unquoted, `${VAR}` inside double quotes, `'"${VAR}"'` inside single quotes. */
export function shellReplacement(
  script: string,
  start: number,
  end: number,
  name: string,
): Replacement | null {
  if (/<<[^<]/.test(script)) return null;
  const state = shellStateAt(script, start);
  if (state === 'double') return { start, end, text: `\${${name}}` };
  if (state === 'none') return { start, end, text: `"\${${name}}"` };
  // Single quotes: close them around the variable, or swap them when they hold only the expression.
  if (script[start - 1] === "'" && script[end] === "'" && shellStateAt(script, start - 1) === 'none') {
    return { start: start - 1, end: end + 1, text: `"\${${name}}"` };
  }
  return { start, end, text: `'"\${${name}}"'` };
}

type JsState = 'none' | "'" | '"' | '`';

function jsStateAt(code: string, offset: number): JsState | null {
  let state: JsState = 'none';
  for (let i = 0; i < offset; i++) {
    const c = code[i];
    if (state === 'none') {
      if (c === "'" || c === '"' || c === '`') state = c;
      else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
        const close = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2);
        if (close < 0 || close >= offset) return null;
        i = close;
      }
    } else if (c === '\\') i++;
    else if (c === state) state = 'none';
    else if (state === '`' && c === '$' && code[i + 1] === '{') return null;
  }
  return state;
}

/** For actions/github-script: `process.env.VAR`, spliced into string and template literals. */
export function jsReplacement(code: string, start: number, end: number, name: string): Replacement | null {
  const state = jsStateAt(code, start);
  const ref = `process.env.${name}`;
  if (state === null) return null;
  if (state === 'none') return { start, end, text: ref };
  if (state === '`') return { start, end, text: `\${${ref}}` };
  const q = state;
  if (code[start - 1] === q && code[end] === q && jsStateAt(code, start - 1) === 'none') {
    return { start: start - 1, end: end + 1, text: ref };
  }
  return { start, end, text: `${q} + ${ref} + ${q}` };
}
