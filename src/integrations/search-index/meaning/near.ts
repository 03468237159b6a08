/**
 * Cosine similarities between many word vectors and a few (the guide's words), fast: a small WebAssembly kernel
 * (`near.wat`, SIMD) does the dot products, about ten times faster than JavaScript, so that mapping tens of
 * thousands of readers' words onto the guide's takes a second rather than ten. `near.test.ts` checks that the
 * bytes below are `near.wat` compiled.
 */
/** `near.wat`, compiled by wabt (`wat2wasm --enable-simd`). */
export const NEAR_WASM =
  'AGFzbQEAAAABCwFgBn9/f399fwF/AwIBAAUDAQABBxECBm1lbW9yeQIABG5lYXIAAAqaAwGXAwQEfwZ7AX0BfyADQQJ0IQkgASEHAkADQCAGIAJPDQH9DAAAAAAAAAAAAAAAAAAAAAAhC/0MAAAAAAAAAAAAAAAAAAAAACEM/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDv0MAAAAAAAAAAAAAAAAAAAAACEPQQAhCANAIAsgACAIav0ABAAgByAIav0ABAD95gH95AEhCyAMIAAgCGr9AAQQIAcgCGr9AAQQ/eYB/eQBIQwgDSAAIAhq/QAEICAHIAhq/QAEIP3mAf3kASENIA4gACAIav0ABDAgByAIav0ABDD95gH95AEhDiAPIAAgCGr9AARAIAcgCGr9AARA/eYB/eQBIQ8gCEHQAGohCCAIIAlJDQALIAsgDP3kASANIA795AH95AEgD/3kASEKIAr9HwAgCv0fAZIgCv0fAiAK/R8DkpIhECAQIARgBEAgBSARQQN0aiAGNgIAIAUgEUEDdEEEamogEDgCACARQQFqIRELIAcgCWohByAGQQFqIQYMAAsLIBEL';

interface NearKernel {
  memory: WebAssembly.Memory;
  near: (vector: number, rows: number, count: number, dims: number, min: number, out: number) => number;
}

/**
 * A kernel loaded with `targets` (unit vectors of `dims` floats each; `dims` a multiple of 20, the kernel's stride):
 * for each row of the `queries` it is given, the targets whose cosine with it is at least `min`, as
 * `[target row, cosine]` pairs. Queries can come a few thousand at a time, so that they are never held all at once.
 */
export function nearKernel(
  targets: Float32Array,
  dims: number,
  min: number,
): (queries: Float32Array) => [number, number][][] {
  if (dims % 20) throw new Error(`Word vectors need a multiple of 20 dimensions, not ${dims}.`);
  const kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(NEAR_WASM, 'base64')))
    .exports as unknown as NearKernel;
  const targetCount = targets.length / dims;
  const rowBytes = dims * 4;
  // Memory: the targets, room for one query's results, then the queries.
  const targetsAt = 0;
  const outAt = targets.byteLength;
  const queriesAt = outAt + targetCount * 8;
  const grow = (bytes: number) => {
    const missing = bytes - kernel.memory.buffer.byteLength;
    if (missing > 0) kernel.memory.grow(Math.ceil(missing / 65536));
  };
  grow(queriesAt);
  new Float32Array(kernel.memory.buffer).set(targets, targetsAt / 4);
  return (queries) => {
    grow(queriesAt + queries.byteLength);
    new Float32Array(kernel.memory.buffer).set(queries, queriesAt / 4);
    const out = new DataView(kernel.memory.buffer, outAt);
    return Array.from({ length: queries.length / dims }, (_, row) => {
      const found = kernel.near(queriesAt + row * rowBytes, targetsAt, targetCount, dims, min, outAt);
      return Array.from({ length: found }, (_, i): [number, number] => [
        out.getInt32(i * 8, true),
        out.getFloat32(i * 8 + 4, true),
      ]);
    });
  };
}

/** For each row of `queries`, the rows of `targets` whose cosine with it is at least `min` (see nearKernel). */
export function nearTargets(
  queries: Float32Array,
  targets: Float32Array,
  dims: number,
  min: number,
): [number, number][][] {
  return nearKernel(targets, dims, min)(queries);
}
