/**
 * Checks the guide's public address (./address.ts, which astro.config.mjs gives Astro as `site` and `base`): a build
 * for publishing without SITE_URL stops here, saying what to set and where; a preview says that it uses the
 * placeholder address.
 */
import type { AstroIntegration } from 'astro';
import { isPublishingBuild, missingSiteUrl, strayBaseUrl, type SiteAddress } from './address';

export default function siteAddressCheck(address: SiteAddress): AstroIntegration {
  return {
    name: 'guide:site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && address.placeholder && isPublishingBuild(process.env)) throw missingSiteUrl();
        const stray = strayBaseUrl(process.env, address.base);
        if (stray) throw stray;
      },
      'astro:config:done': ({ config, logger }) => {
        const where = `${config.site ?? ''}${config.base}`;
        // Info, not a warning: previews and the tests' builds are meant to use it, and the build prints no warnings.
        if (address.placeholder)
          logger.info(
            `A preview: canonical links, link previews and the sitemap use the placeholder address ${where}. Set SITE_URL to publish (docs/deploy.md).`,
          );
        else logger.info(`Addresses are written for ${where}.`);
      },
    },
  };
}
