/**
 * Precompresses a build for hosts that serve precompressed files (nginx's `brotli_static` and
 * `gzip_static`, Caddy's `precompressed`, GitLab Pages): beside each text file worth
 * compressing, `<file>.br` (Brotli at its highest quality) and `<file>.gz` (gzip -9). A host
 * that compresses on the fly does it at a low level for speed (Brotli 4-6 left sanctions at
 * 47-52 KB against 42.5 at quality 11); once, at build time, the highest levels cost nothing per
 * request (issue 18: a chapter page's Brotli 11 is 20-26% under its gzip -9, which keeps the
 * heaviest chapters inside a phone's second round trip). Run as the last build step
 * (astro.config.mjs), after every HTML rewrite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesIn } from './distPages.ts';

/** What a static host sends compressed; fonts and images are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|csv|txt|webmanifest)$/;
/** Below a packet, compression buys nothing a reader would notice. */
const MIN_BYTES = 1024;

const br = promisify(brotliCompress);
const gz = promisify(gzip);

export async function precompress(dir: string): Promise<number> {
  const files = filesIn(dir).filter((file) => COMPRESSIBLE.test(file));
  let written = 0;
  // zlib's async calls run on libuv's thread pool, so this uses every core.
  await Promise.all(
    files.map(async (file) => {
      const body = readFileSync(file);
      if (body.length < MIN_BYTES) return;
      const [b, g] = await Promise.all([
        br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gz(body, { level: 9 }),
      ]);
      writeFileSync(`${file}.br`, b);
      writeFileSync(`${file}.gz`, g);
      written++;
    }),
  );
  return written;
}
