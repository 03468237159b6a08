/**
 * The web app manifest, which lets readers add the guide to a phone's home screen: its names, colours and icons, from
 * the site's facts. Pure; src/pages/manifest.webmanifest.ts serves it.
 */
import { GUIDE_TITLE, LANGUAGE, PATHS, SITE_NAME } from '../consts';
import { BRAND_COLOUR, COLOUR_ROLES } from '../theme';

/** The home-screen icon sizes, in pixels: Android's launcher and splash screen sizes. */
export const APP_ICON_SIZES = [192, 512] as const;

/** The path of the icon of `size` pixels. */
export const appIconPath = (size: number) => `${PATHS.icons}${size}.png`;

export function webAppManifest() {
  return {
    name: SITE_NAME,
    short_name: 'Back Pain Guide',
    description: GUIDE_TITLE,
    lang: LANGUAGE.tag,
    start_url: PATHS.home,
    scope: PATHS.home,
    display: 'standalone',
    background_color: COLOUR_ROLES.page.light,
    theme_color: BRAND_COLOUR,
    icons: APP_ICON_SIZES.map((size) => ({
      src: appIconPath(size),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
