/** What the save control (./save-actions.ts) tells the reader in each state: pure functions of what the worker said. */
import type { SaveFailure, SaveStatus, StorageRoom } from '../../offline/manifest';

export const SAVING = 'Saving the guide…';
export const REMOVED = 'The saved copy is removed from this device.';
export const CONFIRM_REMOVE = 'Remove the saved copy from this device?';
/** The worker stopped answering (see save-actions.ts): the save has not ended, so it is not saved. */
export const STOPPED = 'Not saved: the download stopped answering. Check the connection, then try again.';

/** Beside the progress bar. */
export const progressText = (done: number, total: number) => `${done} of ${total} files`;

/** The saved state, on a later visit. */
export const savedText = ({ sections, size }: SaveStatus) =>
  `Saved on this device: ${sections} sections and search, ${size}.`;

/** The saved state, right after saving. */
export const justSavedText = ({ sections, size }: SaveStatus) =>
  `Saved: ${sections} sections and search, ${size}. The guide and its search now work without a connection.`;

/**
 * Whether the browser has promised to keep the copy (`navigator.storage.persist()`), in one sentence. Without that
 * promise a browser may evict the site's data under storage pressure, and Safari deletes it after seven days without
 * a visit unless the site was added to the Home Screen.
 */
export const persistText = (persisted: boolean) =>
  persisted
    ? 'Your browser has promised to keep it until you remove it.'
    : 'Your browser has not promised to keep it: it may delete it when the device runs short of space, and Safari does after seven days without a visit unless the guide is on your Home Screen.';

/** "0.6 MB", "12 MB": storage as readers read it. */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** Why a save ended without a saved copy; `done` of `total` files had arrived. */
export function failedText(failed: SaveFailure | undefined, done: number, total: number, room?: StorageRoom): string {
  if (failed === 'changed')
    return 'Not saved: the guide was updated while it was saving. Reload the page, then save the new version.';
  if (failed !== 'storage')
    return `Not saved: the connection failed after ${done} of ${total} files. Try again when you are online.`;
  if (room && room.free < room.needs)
    return `Not saved: this device is out of storage: ${megabytes(Math.max(0, room.free))} free, the guide needs ${megabytes(room.needs)}. Free some space, then try again.`;
  return `Not saved: the browser would not store the guide${room ? ` (it needs ${megabytes(room.needs)})` : ''}. Free some space on this device, then try again.`;
}
