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

let clearStatus: ReturnType<typeof setTimeout> | undefined;

/** Says `message` in the page's live region (src/components/share/ShareTools.astro), shown briefly as a toast. */
export function announce(message: string): void {
  const status = document.getElementById('share-status');
  if (!status) return;
  status.textContent = message;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), 5000);
}

/** Opens the share sheet where there is one, otherwise copies `url` and announces `copied`. */
export async function deliver(url: string, copied: string): Promise<void> {
  try {
    if (mode === 'sheet') return await navigator.share({ title: document.title, url });
    await navigator.clipboard.writeText(url);
    announce(copied);
  } catch (error) {
    if ((error as Error).name !== 'AbortError')
      announce('Could not copy the link. Copy it from the address bar instead.');
  }
}
