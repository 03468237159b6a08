import { expect, test } from '@playwright/test';
import { ALL_PATHS } from './support/pages';

/**
 * Every link and reference on every page, followed the way a browser does: resolved by the DOM, fetched from the
 * served site, and every `#fragment` looked up in the target page's own DOM. This does not share any code with the
 * build's link check (src/integrations/link-check), so it catches what that check might miss.
 */
test('every link, asset and #fragment on every page leads somewhere on this site', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const references = new Map<string, string>();
  for (const path of ALL_PATHS) {
    await page.goto(path);
    const found = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], form[action]')].map(
        (element) => {
          const url =
            (element as HTMLAnchorElement).href ||
            (element as HTMLScriptElement).src ||
            (element as HTMLFormElement).action;
          return { url, tag: element.tagName.toLowerCase(), rel: element.getAttribute('rel') ?? '' };
        },
      ),
    );
    for (const { url, tag, rel } of found) {
      // The canonical address names the production host; the page it names must exist here.
      const local = rel === 'canonical' ? new URL(new URL(url).pathname, origin).href : url;
      if (!references.has(local)) references.set(local, `${tag} on ${path}`);
    }
  }
  const problems: string[] = [];
  const documents = new Map<string, string>();
  const parser = await context.newPage();
  for (const [url, where] of references) {
    const target = new URL(url);
    if (target.origin !== origin) {
      // Readers may follow links to other sites; the page itself never loads anything from one.
      if (!where.startsWith('a ')) problems.push(`${url} (${where}) loads from another origin`);
      continue;
    }
    target.hash = '';
    const address = target.href;
    if (!documents.has(address)) {
      const response = await page.request.get(address);
      documents.set(address, response.ok() ? await response.text() : `status ${response.status()}`);
      if (!response.ok()) problems.push(`${address} (${where}) answers ${response.status()}`);
    }
    const fragment = decodeURIComponent(new URL(url).hash.slice(1));
    if (!fragment || fragment.startsWith(':~:')) continue;
    // Parsed in a blank page: the site's own pages allow no HTML to be made from strings (Trusted Types).
    const exists = await parser.evaluate(
      ([html, id]) => !!new DOMParser().parseFromString(html, 'text/html').getElementById(id),
      [documents.get(address)!, fragment] as const,
    );
    if (!exists) problems.push(`${url} (${where}): no element with id "${fragment}"`);
  }
  expect(references.size, 'links found').toBeGreaterThan(40);
  expect(problems).toEqual([]);
});
