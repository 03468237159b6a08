import { describe, expect, it } from 'vitest';
import { withoutHeadInjectDirective } from './inert-directive';

describe('withoutHeadInjectDirective', () => {
  it("drops Astro's inert directive and keeps the rest of the module", () => {
    const module =
      '\n\t\t\t\t\t"use astro:head-inject";\n\t\t\t\t\tasync function getMod() {}\n\t\t\t\t\texport default defaultMod;\n';
    const changed = withoutHeadInjectDirective(module)!;
    expect(changed).not.toContain('use astro:head-inject');
    expect(changed).toContain('async function getMod() {}');
    expect(changed).toContain('export default defaultMod;');
  });

  it('leaves other modules alone', () => {
    expect(withoutHeadInjectDirective('"use strict";\nexport default 1;')).toBeNull();
  });
});
