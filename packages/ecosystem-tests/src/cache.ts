import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where packed tarballs and per-target projects live: outside the workspace (so nothing resolves from the repo's
 * node_modules) and kept between runs. `TERRAPIN_ECOSYSTEM_CACHE` moves it.
 */
export const cacheRoot =
  process.env.TERRAPIN_ECOSYSTEM_CACHE ?? join(homedir(), '.cache', 'terrapin-ecosystem');

/** Hex SHA-256 of a string or buffer. */
export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
