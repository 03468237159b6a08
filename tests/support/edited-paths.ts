// Where the edited guide (tests/support/edited-guide.ts) and its build are kept: a fixed place in the project, so that
// vitest.config.ts can point a test project at it. No imports, so the config can read it.
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export const EDITED_HOME = join(root, 'node_modules/.cache/site-builds/edited-guide');
/** The edited copy of the content. */
export const EDITED_CONTENT = join(EDITED_HOME, 'content');
/** The site built from it. */
export const EDITED_DIST = join(EDITED_HOME, 'dist');
