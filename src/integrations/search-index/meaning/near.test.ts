import { readFileSync } from 'node:fs';
import wabt from 'wabt';
import { describe, expect, it } from 'vitest';
import { NEAR_WASM, nearTargets } from './near.ts';

/** Unit vectors of 20 dimensions, the kernel's stride, from a few numbers. */
function unit(...values: number[]): number[] {
  const padded = [...values, ...Array<number>(20 - values.length).fill(0)];
  const length = Math.hypot(...padded);
  return padded.map((value) => value / length);
}

describe('nearTargets', () => {
  it('finds the targets at least as close as asked, with their cosines, as plain arithmetic would', () => {
    const queries = new Float32Array([...unit(1, 0), ...unit(1, 1), ...unit(0, 0, 1)]);
    const targets = new Float32Array([...unit(1, 0), ...unit(0, 1)]);
    const found = nearTargets(queries, targets, 20, 0.5);
    expect(found.map((row) => row.map(([target, cosine]) => [target, Number(cosine.toFixed(4))]))).toEqual([
      [[0, 1]],
      [
        [0, 0.7071],
        [1, 0.7071],
      ],
      [],
    ]);
  });

  it('refuses dimensions the kernel cannot stride', () => {
    expect(() => nearTargets(new Float32Array(10), new Float32Array(10), 10, 0.5)).toThrow(/multiple of 20/);
  });

  it('runs the compiled form of near.wat', async () => {
    const source = readFileSync(new URL('./near.wat', import.meta.url), 'utf8');
    const compiled = (await wabt()).parseWat('near.wat', source, { simd: true }).toBinary({}).buffer;
    expect(Buffer.from(compiled).toString('base64')).toBe(NEAR_WASM);
  });
});
