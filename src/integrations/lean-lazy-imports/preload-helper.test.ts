import { describe, expect, it } from 'vitest';
import { leanPreloadHelper } from './preload-helper';

describe('leanPreloadHelper', () => {
  it('keeps the export name importers use and only calls the import', async () => {
    const vite = 'var e=(function(){return`modulepreload`})(),n={},a=function(t,n,r){return t()};export{a as t};';
    const lean = leanPreloadHelper(vite, 'preload-helper.js');
    expect(lean).toBe('const p=(m)=>m();export{p as t};\n');
    const module = (await import(`data:text/javascript,${encodeURIComponent(lean)}`)) as {
      t: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(module.t(async () => 'chunk')).resolves.toBe('chunk');
  });

  it('keeps an export without an alias', () => {
    expect(leanPreloadHelper('function t(){};export{t};', 'x.js')).toBe('const p=(m)=>m();export{p as t};\n');
  });

  it('stops the build when the helper no longer looks as expected', () => {
    expect(() => leanPreloadHelper('export{a as t};export{b as u};', 'preload-helper.js')).toThrow(/changed shape/);
    expect(() => leanPreloadHelper('', 'preload-helper.js')).toThrow(/preload-helper.js/);
  });
});
