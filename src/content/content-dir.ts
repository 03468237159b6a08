/** Folder holding the guide's content, as the environment names it now; tests point CONTENT_DIR at fixture folders. */
export const contentDirNow = (): string => (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/** Folder holding the guide's content, as the environment named it when the build started. */
export const contentDir = contentDirNow();
