import { describe, expect, it } from 'vitest';
import { removableOutDir } from './clean-failed-build';

describe('removableOutDir', () => {
  it('is the output folder inside the project', () => {
    expect(removableOutDir(new URL('file:///work/site/dist/'), new URL('file:///work/site/'))).toBe('/work/site/dist');
  });

  it('is never the project itself, a folder above it, or the file system root', () => {
    expect(removableOutDir(new URL('file:///work/site/'), new URL('file:///work/site/'))).toBeNull();
    expect(removableOutDir(new URL('file:///work/'), new URL('file:///work/site/'))).toBeNull();
    expect(removableOutDir(new URL('file:///'), new URL('file:///work/site/'))).toBeNull();
  });
});
