/**
 * The host recipes, the last step after the build: `_redirects` (Netlify, Cloudflare Pages), `vercel.json` (Vercel)
 * and `nginx.conf` (an nginx server block) in the output folder beside `_headers`, each made from the `_headers` the
 * security-headers step wrote and the redirect pages Astro wrote for former addresses (./recipes.ts). docs/deploy.md
 * says which host reads which.
 */
import type { PostBuildStep } from '../post-build/step';
import { parseHeadersFile } from '../security-headers/headers-file';
import { nginxServerBlock, redirectsFile, vercelJson, type Redirect } from './recipes';

/** What the step keeps of a page: where it redirects to, for a former address's page. */
export interface RecipesNote {
  redirectTo: string | null;
}

/** The source line every generated recipe starts with. */
const SOURCE =
  'Written by the build from src/integrations/security-headers/policy.ts and the sections’ formerSlugs: edit those.';

/** The host recipes for a site published under `base`; `forNetlify` forces its redirects (see redirectsFile). */
export function hostRecipes(options: { base: string; forNetlify: boolean }): PostBuildStep<RecipesNote> {
  const redirects: Redirect[] = [];
  const { base } = options;
  return {
    name: 'host-recipes',
    read: ({ facts }) => ({ note: { redirectTo: facts.redirectTo ?? null } }),
    take: ({ url }, { redirectTo }) => {
      if (redirectTo) redirects.push({ from: base + url.slice(1), to: redirectTo });
    },
    async finish({ written, writeFile, logger }) {
      const headersFile = written.get('_headers');
      if (!headersFile) throw new Error('host recipes: the security-headers step wrote no _headers');
      const rules = { headers: parseHeadersFile(new TextDecoder().decode(headersFile)), redirects, base };
      const encode = (text: string) => new TextEncoder().encode(text);
      await writeFile(
        '_redirects',
        encode(redirectsFile(rules, options.forNetlify, `Redirects for Netlify and Cloudflare Pages.\n${SOURCE}`)),
      );
      await writeFile('vercel.json', encode(vercelJson(rules)));
      await writeFile(
        'nginx.conf',
        encode(
          nginxServerBlock(
            rules,
            `An nginx server block for the guide.\n${SOURCE}\nSet server_name and root; docs/deploy.md says how.`,
          ),
        ),
      );
      logger.info(
        `Wrote the host recipes: _redirects, vercel.json and nginx.conf (${redirects.length} former addresses).`,
      );
    },
  };
}
