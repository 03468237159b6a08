/** The site's icon: the favicon (an SVG in the theme's colours) and the PNGs of it for the home screen, at build time. */
import { Resvg } from '@resvg/resvg-js';
import { FAVICON_COLOURS } from '../theme';

/** The favicon, `/favicon.svg`: a rounded square of the brand colour with a wave, the guide's mark. */
export function faviconSvg(): string {
  const { background, wave } = FAVICON_COLOURS;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${background}"/>` +
    `<path d="M16 6c-2 4-2 7 0 10s2 6 0 10" stroke="${wave}" stroke-width="3" fill="none" stroke-linecap="round"/></svg>`
  );
}

/** The favicon as a PNG of `size` × `size` pixels. */
export function renderAppIcon(size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(
    new Resvg(faviconSvg(), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
      .render()
      .asPng(),
  );
}
