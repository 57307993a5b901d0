import { chromium } from '@playwright/test';
const [,, path, out, w = '1100', h = '1400', full = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto('http://localhost:4404' + path);
await page.screenshot({ path: out, fullPage: !!full });
await browser.close();
