import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import readability from './index';

type Hook = (options: { logger: AstroIntegrationLogger }) => Promise<void> | void;

async function build() {
  const logger = { info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
  const { hooks } = readability();
  await (hooks['astro:build:start'] as unknown as Hook)({ logger });
  await (hooks['astro:build:done'] as unknown as Hook)({ logger });
  return logger;
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
});

describe('the readability integration', () => {
  it('prints one line after the build: the hardest section and its reading age', async () => {
    const logger = await build();
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(vi.mocked(logger.info).mock.calls[0]![0]).toMatch(/^Readability: hardest section "[^"]+", reading age \d+/);
  });

  it('only warns, never fails the build, when the text cannot be read', async () => {
    process.env.CONTENT_DIR = 'no/such/folder';
    const logger = await build();
    expect(logger.info).not.toHaveBeenCalled();
    expect(vi.mocked(logger.warn).mock.calls[0]![0]).toMatch(/^No readability summary: .*no[/]such[/]folder/);
  });
});
