import { describe, expect, it } from 'vitest';
import inertDirective from './inert-directive';

type Transform = { filter: { id: RegExp }; handler: (code: string) => { code: string; map: null } | null };

/** The transform of the Vite plugin that the integration adds, as Astro's config:setup hook installs it. */
function installedTransform(): Transform {
  let plugins: { transform: Transform }[] = [];
  const setup = inertDirective().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
  setup({ updateConfig: (config: { vite: { plugins: typeof plugins } }) => (plugins = config.vite.plugins) });
  expect(plugins).toHaveLength(1);
  return plugins[0]!.transform;
}

describe('the inert directive', () => {
  const transform = installedTransform();

  it('is dropped from content entry wrappers, and the rest of the module kept', () => {
    expect(transform.filter.id.test('/c/a.mdx?astroPropagatedAssets')).toBe(true);
    expect(transform.filter.id.test('/c/a.mdx')).toBe(false);
    const module =
      '\n\t\t\t\t\t"use astro:head-inject";\n\t\t\t\t\tasync function getMod() {}\n\t\t\t\t\texport default defaultMod;\n';
    expect(transform.handler(module)).toEqual({
      code: '\n\t\t\t\t\tasync function getMod() {}\n\t\t\t\t\texport default defaultMod;\n',
      map: null,
    });
  });

  it('leaves modules without it alone', () => {
    expect(transform.handler('"use strict";\nexport default 1;')).toBeNull();
  });
});
