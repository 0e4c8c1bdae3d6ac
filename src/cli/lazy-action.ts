/**
 * A commander action whose implementation is imported on first use. Registering a command must stay
 * cheap: `plumb discover` and `plumb --help` would otherwise load every command's dependencies (the
 * rule registry, the server, the store) before doing anything.
 */
export function lazyAction<A extends unknown[]>(
  load: () => Promise<(...args: A) => unknown>,
): (...args: A) => Promise<void> {
  return async (...args) => {
    const run = await load();
    await run(...args);
  };
}
