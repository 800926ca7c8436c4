import { chromium } from '@playwright/test';
import { chromiumPath } from './tests/chromium.js';
const browser = await chromium.launch({ executablePath: chromiumPath() });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const lang = process.argv[2] ?? 'zh';
for (let n = 1; n <= 4; n++) {
  await page.goto(`http://127.0.0.1:4190/present/opinions-2015?lang=${lang}&step=${n}`);
  await page.waitForSelector('.stage.ready', { timeout: 20000 }); await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/pres-${lang}-${n}.png` });
}
await browser.close();
