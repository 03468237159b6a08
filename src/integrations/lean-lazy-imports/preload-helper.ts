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
