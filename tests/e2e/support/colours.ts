/** The red, green and blue of a `#rrggbb` colour, 0 to 255 each. */
export function rgbChannels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`${hex} is not a #rrggbb colour`);
  const [red, green, blue] = match.slice(1).map((pair) => parseInt(pair, 16));
  return [red!, green!, blue!];
}

/** A `#rrggbb` colour as browsers report computed colours: `rgb(r, g, b)`. */
export const cssRgb = (hex: string) => `rgb(${rgbChannels(hex).join(', ')})`;
