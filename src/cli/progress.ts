/** A one-line progress bar on stderr, only on a TTY and only once a scan proves slow. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(done: number, total: number): void;
  done(): void;
} {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < 500 || now - last < 100 || total === 0) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
