import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import { parseDockerfile } from './parse-dockerfile.js';
import { pipelines, resolveCommand, runScript, type ShellScript, tokenizeShell } from './shell-script.js';

function scriptOf(text: string, index = 1): { script: ShellScript | null; text: string } {
  const doc = parseDockerfile({
    path: 'Dockerfile',
    absPath: '/x/Dockerfile',
    text,
    lines: new LineIndex(text),
  });
  const ins = doc.instructions[index];
  if (!ins) throw new Error('no instruction');
  return { script: runScript(doc, ins), text };
}

function words(script: ShellScript | null): string[][] {
  return (script?.commands ?? []).map((c) => c.words.map((w) => w.value));
}

describe('tokenizeShell', () => {
  it('splits commands on operators and keeps pipelines together', () => {
    const { script } = scriptOf(
      'FROM a\nRUN apt-get update && curl -fsSL https://x | sh; echo done || true\n',
    );
    expect(words(script)).toEqual([
      ['apt-get', 'update'],
      ['curl', '-fsSL', 'https://x'],
      ['sh'],
      ['echo', 'done'],
      ['true'],
    ]);
    const groups = pipelines(script as ShellScript).map((p) => p.map((c) => c.words[0]?.value));
    expect(groups).toEqual([['apt-get'], ['curl', 'sh'], ['echo'], ['true']]);
  });

  it('joins Dockerfile continuation lines and drops comment lines inside them', () => {
    const text =
      'FROM a\nRUN curl -fsSL \\\n    # fetch the installer\n    https://example.com/i.sh \\\n  | bash\n';
    const { script } = scriptOf(text);
    expect(words(script)).toEqual([['curl', '-fsSL', 'https://example.com/i.sh'], ['bash']]);
    const url = script?.commands[0]?.words[2];
    expect(url && text.slice(url.start, url.end)).toBe('https://example.com/i.sh');
  });

  it('removes quotes and escapes but keeps offsets of the source', () => {
    const text = 'FROM a\nRUN echo "a b" \'c d\' e\\ f "$(date +%s)" ${HOME}\n';
    const { script } = scriptOf(text);
    const cmd = script?.commands[0];
    expect(cmd?.words.map((w) => w.value)).toEqual(['echo', 'a b', 'c d', 'e f', '$(date +%s)', '${HOME}']);
    expect(cmd?.words.map((w) => w.plain)).toEqual([true, false, false, false, false, true]);
    const ab = cmd?.words[1];
    expect(ab && text.slice(ab.start, ab.end)).toBe('"a b"');
  });

  it('leaves redirections out of the words', () => {
    const { script } = scriptOf('FROM a\nRUN curl -s https://x > /tmp/x 2>&1 && cat </tmp/x\n');
    expect(words(script)).toEqual([['curl', '-s', 'https://x'], ['cat']]);
  });

  it('does not split inside command substitutions or quotes', () => {
    const { script } = scriptOf(
      'FROM a\nRUN sh -c "$(curl -fsSL https://x | tr a b)" && echo "a && b | c"\n',
    );
    expect(words(script)).toEqual([
      ['sh', '-c', '$(curl -fsSL https://x | tr a b)'],
      ['echo', 'a && b | c'],
    ]);
  });

  it('reads a here-document script body as commands', () => {
    const text =
      'FROM a\nRUN <<EOF\nset -e\ncurl -k https://x \\\n  -o /tmp/x\nchmod 777 /tmp/x\nEOF\nUSER app\n';
    const { script } = scriptOf(text);
    expect(script?.heredoc).toBe(true);
    expect(words(script)).toEqual([
      ['set', '-e'],
      ['curl', '-k', 'https://x', '-o', '/tmp/x'],
      ['chmod', '777', '/tmp/x'],
    ]);
  });

  it('skips here-document bodies that are file contents, not a script', () => {
    const text = 'FROM a\nRUN cat <<EOF > /etc/app.conf && chmod 644 /etc/app.conf\nsudo = yes\nEOF\n';
    const { script } = scriptOf(text);
    expect(words(script)).toEqual([['cat'], ['chmod', '644', '/etc/app.conf']]);
  });

  it('returns null for the JSON exec form', () => {
    expect(scriptOf('FROM a\nRUN ["sh", "-c", "curl x | sh"]\n').script).toBeNull();
  });

  it('treats a shell comment as running to the end of the joined instruction', () => {
    const { script } = scriptOf('FROM a\nRUN echo hi # sudo rm -rf /\n');
    expect(words(script)).toEqual([['echo', 'hi']]);
  });

  it('honours the escape parser directive', () => {
    const text = '# escape=`\nFROM a\nRUN curl -fsSL `\n  https://x | sh\n';
    const { script } = scriptOf(text);
    expect(words(script)).toEqual([['curl', '-fsSL', 'https://x'], ['sh']]);
  });

  it('never throws or loops on hostile input', () => {
    const junk = [
      'FROM a\nRUN echo "unterminated\n',
      "FROM a\nRUN echo 'unterminated\n",
      'FROM a\nRUN echo $(unbalanced ( ( \n',
      'FROM a\nRUN echo `open\n',
      'FROM a\nRUN <<EOF\nno terminator\n',
      'FROM a\nRUN \\\n',
      'FROM a\nRUN ))) ((( &&& ||| ;;; <<< >>> <( >( \\\n',
      `FROM a\nRUN ${'a'.repeat(200_000)} | sh\n`,
      `FROM a\nRUN ${'\u0000\u0001\uffff\ud800'.repeat(1000)}\n`,
      `FROM a\nRUN ${'$('.repeat(5000)}\n`,
      `FROM a\nRUN <<E0\n${Array.from({ length: 3000 }, (_, i) => `sh <<E${i + 1}`).join('\n')}\n`,
      'FROM a\nRUN cat <<',
    ];
    for (const text of junk) {
      const { script } = scriptOf(text);
      expect(script).not.toBeNull();
    }
  });

  it('tokenizes an arbitrary slice without a Dockerfile', () => {
    const s = tokenizeShell('x; a b\nc', 3, 8, { escape: null });
    expect(words(s)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('resolveCommand', () => {
  it('looks through assignments, keywords and wrappers', () => {
    const { script } = scriptOf(
      'FROM a\nRUN DEBIAN_FRONTEND=noninteractive sudo -E -u root /usr/bin/apt-get install -y x && if ! env A=1 nohup curl x; then true; fi\n',
    );
    const resolved = (script?.commands ?? []).map((c) => resolveCommand(c));
    expect(resolved.map((r) => r?.name ?? null)).toEqual(['apt-get', 'curl', 'true', null]);
    expect(resolved[0]?.wrappers.map((w) => w.name)).toEqual(['sudo']);
    expect(resolved[0]?.args.map((a) => a.value)).toEqual(['install', '-y', 'x']);
    expect(resolved[1]?.wrappers.map((w) => w.name)).toEqual(['env', 'nohup']);
  });
});
