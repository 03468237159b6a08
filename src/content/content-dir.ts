/** Folder holding the guide's content; tests point CONTENT_DIR at fixture folders. */
export const contentDir = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
