import { describe, expect, it } from 'vitest';
import { inlinePreloadHelper, leanPreloadHelper } from './preload-helper';

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

describe('inlinePreloadHelper', () => {
  it("replaces a chunk's import of the helper with the lean helper under the same local name", async () => {
    const chunk =
      'import{n as e}from"./deliver.js";import{t as r}from"./preload-helper.CP4YDYAg.js";var i=()=>r(()=>import(`data:text/javascript,export default 7`),[]);export{i as load};';
    const inlined = inlinePreloadHelper(chunk);
    expect(inlined).toBe(
      'import{n as e}from"./deliver.js";const r=(m)=>m();var i=()=>r(()=>import(`data:text/javascript,export default 7`),[]);export{i as load};',
    );
    const module = (await import(
      `data:text/javascript,${encodeURIComponent(inlined.replace('import{n as e}from"./deliver.js";', ''))}`
    )) as { load: () => Promise<{ default: number }> };
    await expect(module.load()).resolves.toMatchObject({ default: 7 });
  });

  it('keeps an import without an alias, and leaves chunks that do not import the helper as they are', () => {
    expect(inlinePreloadHelper("import{t}from'./preload-helper-!~{001}~.js';t(()=>import('./x.js'))")).toBe(
      "const t=(m)=>m();t(()=>import('./x.js'))",
    );
    const plain = 'import{a as b}from"./deliver.js";b();';
    expect(inlinePreloadHelper(plain)).toBe(plain);
  });
});
