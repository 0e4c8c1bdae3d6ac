import { describe, expect, it } from 'vitest';
import { envNameFor, untrustedContext } from './expressions.js';
import { jsReplacement, shellReplacement } from './quoting.js';

function rewrite(script: string, fn: typeof shellReplacement, name = 'V'): string | null {
  const expr = '${{ x }}';
  const start = script.indexOf(expr);
  const r = fn(script, start, start + expr.length, name);
  return r ? script.slice(0, r.start) + r.text + script.slice(r.end) : null;
}

describe('shell rewriting', () => {
  it('quotes according to context', () => {
    expect(rewrite('echo ${{ x }}', shellReplacement)).toBe('echo "${V}"');
    expect(rewrite('echo "a ${{ x }} b"', shellReplacement)).toBe('echo "a ${V} b"');
    expect(rewrite("echo 'a ${{ x }} b'", shellReplacement)).toBe(`echo 'a '"\${V}"' b'`);
    expect(rewrite("echo '${{ x }}'", shellReplacement)).toBe('echo "${V}"');
    expect(rewrite('echo "it\'s" ${{ x }}', shellReplacement)).toBe('echo "it\'s" "${V}"');
    expect(rewrite("# don't\necho ${{ x }}", shellReplacement)).toBe('# don\'t\necho "${V}"');
    expect(rewrite('echo \\" ${{ x }}', shellReplacement)).toBe('echo \\" "${V}"');
  });

  it('gives up on heredocs', () => {
    expect(rewrite('cat <<EOF\n${{ x }}\nEOF', shellReplacement)).toBeNull();
  });
});

describe('JavaScript rewriting', () => {
  it('splices into literals', () => {
    expect(rewrite('f(${{ x }})', jsReplacement)).toBe('f(process.env.V)');
    expect(rewrite('f("${{ x }}")', jsReplacement)).toBe('f(process.env.V)');
    expect(rewrite("f('a ${{ x }}')", jsReplacement)).toBe("f('a ' + process.env.V + '')");
    expect(rewrite('f(`a ${{ x }}`)', jsReplacement)).toBe('f(`a ${process.env.V}`)');
    expect(rewrite('// ${{ x }}', jsReplacement)).toBeNull();
  });
});

describe('untrusted contexts', () => {
  it('recognises the attacker-controlled fields in any notation', () => {
    expect(untrustedContext(' github.event.issue.title ')).toBe('github.event.issue.title');
    expect(untrustedContext("github.event['pull_request']['body']")).toBe('github.event.pull_request.body');
    expect(untrustedContext('github.event.commits[0].message')).toBe('github.event.commits.*.message');
    expect(untrustedContext('toJSON(github.event.issue)')).not.toBeNull();
    expect(untrustedContext('github.event.issue.number')).toBeNull();
    expect(untrustedContext("github.head_ref == 'main'")).toBeNull();
    expect(untrustedContext("startsWith(github.head_ref, 'dependabot/')")).toBeNull();
    expect(untrustedContext("github.head_ref || 'main'")).toBe('github.head_ref');
  });

  it('names variables readably', () => {
    expect(envNameFor('github.event.issue.title')).toBe('ISSUE_TITLE');
    expect(envNameFor('github.event.pull_request.head.ref')).toBe('PR_HEAD_REF');
    expect(envNameFor('github.event.commits.*.message')).toBe('COMMITS_MESSAGE');
    expect(envNameFor('tojson(github)')).toBe('CTX_GITHUB');
  });
});
