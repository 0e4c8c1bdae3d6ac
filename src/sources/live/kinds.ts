/** Document kinds produced by live probes (not files). Rules of these kinds run on probe results. */
export const LIVE_KINDS: readonly string[] = [];
