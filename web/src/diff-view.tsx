/**
 * A unified diff with added and removed lines marked (by colour and by the +/- prefix). Lines
 * starting with `#` before a hunk are the server's notes on what each fix does.
 */
export function DiffView({ diff }: { diff: string }) {
  const lines = diff.replace(/\n$/, '').split('\n');
  return (
    <pre className="diff">
      <code>
        {lines.map((line, i) => {
          let cls = 'diff-ctx';
          if (line.startsWith('+++') || line.startsWith('---')) cls = 'diff-file';
          else if (line.startsWith('@@')) cls = 'diff-hunk';
          else if (line.startsWith('+')) cls = 'diff-add';
          else if (line.startsWith('-')) cls = 'diff-del';
          else if (line.startsWith('#')) cls = 'diff-note';
          else if (line.startsWith('diff ') || line.startsWith('Index:') || line.startsWith('===='))
            cls = 'diff-file';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: diff lines have no identity beyond position
            <span key={i} className={`diff-line ${cls}`}>
              {line || ' '}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
