import { describe, expect, it } from 'vitest';
import { BRAND_COLOUR } from '../theme';
import { appIconPath, webAppManifest } from './manifest';
import { renderAppIcon } from './icon';

describe('webAppManifest', () => {
  it('names the guide, starts at its home page and lists an icon per size', () => {
    const manifest = webAppManifest();
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone', theme_color: BRAND_COLOUR });
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes])).toEqual([
      [appIconPath(192), '192x192'],
      [appIconPath(512), '512x512'],
    ]);
  });
});

describe('renderAppIcon', () => {
  it('renders the favicon as a PNG of the size asked', async () => {
    const png = Buffer.from(await renderAppIcon(192));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds width and height.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
  });
});
