/** How a browser applies a CSP to inline code, written for the tests independently of the build's own CSP code. */
import { createHash } from 'node:crypto';

/** The sources a policy allows for `script` or `style` elements: `-elem`, else the plain directive, else default-src. */
export function elementSources(policy: string, kind: 'script' | 'style'): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );
  return directives.get(`${kind}-src-elem`) ?? directives.get(`${kind}-src`) ?? directives.get('default-src') ?? [];
}

/** The CSP source that allows an inline element with exactly this text, e.g. `'sha256-…='`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
