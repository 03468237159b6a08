/** The red, green and blue of a `#rrggbb` colour, 0 to 255 each. */
export function rgbChannels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a #rrggbb colour`);
  const [red, green, blue] = match.slice(1).map((pair) => parseInt(pair, 16));
  return [red!, green!, blue!];
}

/** A `#rrggbb` colour as browsers report computed colours: `rgb(r, g, b)`. */
export const cssRgb = (hex: string) => `rgb(${rgbChannels(hex).join(', ')})`;

/** The relative luminance of a colour as browsers report it (`rgb(r, g, b)`), per WCAG. */
function luminance(css: string): number {
  const channels = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two colours as browsers report them. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
