/**
 * The code of a lean preload helper in place of Vite's: same export, which calls the import and nothing else. The
 * export's name is read from the bundled helper, whose code ends `export{a as t};` (minified names vary).
 */
export function leanPreloadHelper(code: string, fileName: string): string {
  const exported = [...code.matchAll(/export\s*\{\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*\}/g)];
  const only = exported.length === 1 ? exported[0] : undefined;
  if (!only)
    throw new Error(`${fileName}: Vite's preload helper changed shape (expected one export); update leanPreloadHelper`);
  const name = only[2] ?? only[1]!;
  return `const p=(m)=>m();export{p as ${name}};\n`;
}

/**
 * A chunk's code with its import of the preload helper replaced by the lean helper itself, a dozen bytes: an import
 * costs more than that, and the helper's own file a request. Code without the import comes back unchanged.
 */
export function inlinePreloadHelper(code: string): string {
  return code.replace(
    /import\s*\{\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*\}\s*from\s*(["'`])[^"'`]*preload-helper[^"'`]*\3;?/,
    (_import, exported: string, local: string | undefined) => `const ${local ?? exported}=(m)=>m();`,
  );
}
