import { test, expect } from '@playwright/test';
import { stubSpeech, spoken, finishSentence } from '../support/speech-stub';
test('dbg', async ({ page }) => {
  page.on('pageerror', (e) => console.log('pageerror', String(e)));
  await stubSpeech(page);
  await page.goto('/guide/');
  await page.locator('reading-tools button').nth(1).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  await finishSentence(page);
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next paragraph' }).click();
  await finishSentence(page);
  await page.waitForTimeout(1500);
  console.log(
    (await spoken(page)).at(-1),
    await page.evaluate(() => ({
      y: scrollY,
      h: innerHeight,
      tops: ['introduction', 'overview', 'benefits'].map(
        (id) => document.getElementById(id)!.getBoundingClientRect().top,
      ),
      cur: document.querySelector('[aria-current]')?.textContent,
    })),
  );
});
