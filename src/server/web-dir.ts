import { fileURLToPath } from 'node:url';

/** The built dashboard, next to dist/ (and next to src/ when run from sources). */
export const WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));
