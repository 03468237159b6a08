/**
 * Counts in plain English, one rule for the build's messages and the pages' text ("1 section", "12 sections").
 * Pure, safe to import from build code and browser code alike.
 */

/** `count` and the noun that agrees with it: `counted(1, 'problem')` is "1 problem", `counted(3, 'problem')` "3 problems". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
