/**
 * Where each link of the content was written: file and line, as the Markdown pipeline saw it (content-policy.ts
 * records them). The link check names these places when a link turns out to be broken; they are exact, where a
 * search of the files' text would also name lines that merely contain the same address.
 */

/** A place in a content file. */
export interface WrittenAt {
  file: string;
  line: number;
}

const places = new Map<string, WrittenAt[]>();

/** Records that `href` was written at `place`. */
export function recordLink(href: string, place: WrittenAt): void {
  const known = places.get(href) ?? [];
  if (!known.some((at) => at.file === place.file && at.line === place.line)) places.set(href, [...known, place]);
}

/** Every place `href` was written in, as `file:line`; empty when the pipeline did not see it (a template's link). */
export function placesOf(href: string): string[] {
  return (places.get(href) ?? []).map(({ file, line }) => `${file}:${line}`);
}
