/**
 * How a host serves a built file: its content type by extension, and whether hosts compress it (text types; images
 * and Pagefind's gzipped binaries go out as stored). One table for the dev server's search files and the test host.
 */

/** A file's content type and whether hosts compress it. */
export interface ServedAs {
  type: string;
  compress: boolean;
}

const TYPES: Readonly<Record<string, ServedAs>> = {
  '.html': { type: 'text/html; charset=utf-8', compress: true },
  '.js': { type: 'text/javascript; charset=utf-8', compress: true },
  '.css': { type: 'text/css; charset=utf-8', compress: true },
  '.json': { type: 'application/json', compress: true },
  '.webmanifest': { type: 'application/manifest+json', compress: true },
  '.svg': { type: 'image/svg+xml', compress: true },
  '.xml': { type: 'application/xml', compress: true },
  '.txt': { type: 'text/plain; charset=utf-8', compress: true },
  '.png': { type: 'image/png', compress: false },
};
const STORED_AS_IS: ServedAs = { type: 'application/octet-stream', compress: false };

/** How a host serves the file at `path` (a site path or a file name). */
export function servedAs(path: string): ServedAs {
  return TYPES[/\.[a-z]+$/.exec(path)?.[0] ?? ''] ?? STORED_AS_IS;
}
