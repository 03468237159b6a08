import type { Page } from '@playwright/test';

/**
 * Resolves once the page has stopped scrolling: the same scroll position for several animation frames in a row.
 * Landing on `#heading` or `#:~:text=` scrolls after the load event; measuring before this would measure a page in
 * motion.
 */
export async function scrollSettled(page: Page, stillFrames = 6): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(
    (needed) =>
      new Promise<void>((resolve) => {
        let last = `${scrollX},${scrollY}`;
        let still = 0;
        const tick = () => {
          const now = `${scrollX},${scrollY}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= needed) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    stillFrames,
  );
}
