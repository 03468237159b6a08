/** Hands a link to the reader: the share sheet on phones and tablets, the clipboard elsewhere; says what happened. */

/** How this device shares: the system share sheet (touch screens with the Web Share API), copying, or not at all. */
export type ShareMode = 'sheet' | 'copy' | 'none';

/** The share mode for a device with these capabilities. On a desktop, copying the link is what readers expect. */
export function shareMode(device: { canShare: boolean; coarsePointer: boolean; canCopy: boolean }): ShareMode {
  if (device.canShare && device.coarsePointer) return 'sheet';
  return device.canCopy ? 'copy' : 'none';
}

/** This browser's share mode. */
export const mode: ShareMode = shareMode({
  canShare: 'share' in navigator,
  coarsePointer: matchMedia('(pointer: coarse)').matches,
  canCopy: !!navigator.clipboard,
});

/** The address of this page without its query or fragment, plus `#fragment` when one is given. */
export function pageLink(location: Pick<Location, 'origin' | 'pathname'>, fragment = ''): string {
  return `${location.origin}${location.pathname}${fragment ? `#${fragment}` : ''}`;
}

const clearStatus = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Says `message` in one of the page's live regions (src/components/share/ShareTools.astro), for a few seconds: shown
 * as a toast, or only to screen readers (`toast: false`) when the control that was pressed shows it itself.
 */
export function announce(message: string, toast = true): void {
  const id = toast ? 'share-status' : 'share-said';
  const status = document.getElementById(id);
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearStatus.get(id));
  clearStatus.set(
    id,
    setTimeout(() => (status.textContent = ''), 5000),
  );
}

/**
 * Opens the share sheet where there is one, otherwise copies `url` and announces `copied`, as a toast unless the
 * caller confirms it beside its control (`toast: false`). Resolves to whether the link was copied.
 */
export async function deliver(url: string, copied: string, toast = true): Promise<boolean> {
  try {
    if (mode === 'sheet') {
      await navigator.share({ title: document.title, url });
      return false;
    }
    await navigator.clipboard.writeText(url);
    announce(copied, toast);
    return true;
  } catch (error) {
    if ((error as Error).name !== 'AbortError')
      announce('Could not copy the link. Copy it from the address bar instead.');
    return false;
  }
}
