import { describe, expect, it } from 'vitest';
import { BRAND_COLOUR, FAVICON_COLOURS } from '../theme';
import { webAppManifest } from './manifest';
import { faviconSvg, renderAppIcon } from './icon';

describe('webAppManifest', () => {
  it('names the guide, starts at its home page and lists an icon per size', () => {
    const manifest = webAppManifest();
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', theme_color: BRAND_COLOUR });
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
      ['/icons/192.png', '192x192'],
      ['/icons/512.png', '512x512'],
    ]);
  });
});

describe('the icon', () => {
  it("is drawn in the theme's favicon colours", () => {
    const svg = faviconSvg();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    expect(svg).toContain(`fill="${FAVICON_COLOURS.background}"`);
    expect(svg).toContain(`stroke="${FAVICON_COLOURS.wave}"`);
  });

  it('renders as a PNG of the size asked', () => {
    const png = Buffer.from(renderAppIcon(192));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
  });
});
