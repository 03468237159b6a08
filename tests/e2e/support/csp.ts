import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** What `securitypolicyviolation` events the page reported, recorded in the page from its first script on. */
    __cspViolations: string[];
  }
}

/**
 * Records the page's CSP violations in the page itself (from before its first script), so that none is still on its
 * way to the test when it reads them with `cspViolations`.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    window.__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
}

/** The CSP violations the page has reported so far. */
export const cspViolations = (page: Page): Promise<string[]> => page.evaluate(() => window.__cspViolations);
