// The web app's browser suites' harness: the stack serving /app on a port of its own (the demo OpenID
// provider is told that port's redirect URI before the app listens on it), the demo data (the Statistisi
// of banjar its auditor), and the system Chromium; an official signs in through the provider's own page.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoPeople } from '../../demo/masterData';
import { webClientOf } from '../../identity/demoClient';
import { loadDemoData } from './cases';
import { startIdentity, type TestIdentity } from './identity';
import { startStack, type Stack } from './stack';
import { freePort } from './workerProcess';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface WebApp {
  s: Stack;
  idp: TestIdentity;
  base: string;
  /** A browser of the official's own (cookies of their own), signed in through the provider's login page. */
  signedIn(nip: string, viewport?: typeof DESKTOP): Promise<Page>;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<WebApp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const client = webClientOf(base, 'sistem-kerja-web', 'rahasia-klien-uji-0001');
  const idp = await startIdentity({ web: client });
  const s = await startStack({
    config: {
      oidc: idp.oidc, roles: { auditor: new Map([[demoPeople('banjar').statistisi, ['banjar']]]), kepegawaian: new Map() },
      web: { clientId: client.clientId, clientSecret: client.clientSecret, sessionKey: Buffer.alloc(32, 7), baseUrl: base },
    },
  });
  await loadDemoData(s.db.pool);
  await s.app.listen({ port, host: '127.0.0.1' });
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  return {
    s, idp, base,
    async signedIn(nip, viewport = DESKTOP) {
      const page = await (await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Makassar', acceptDownloads: true })).newPage();
      await page.goto(`${base}/app`);
      await page.getByLabel('NIP').fill(nip);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${base}/app`);
      return page;
    },
    async close() {
      await browser.close();
      await s.close();
      await idp.provider.close();
    },
  };
}

/** No violation axe-core knows of (labels, contrast, language, landmarks). */
export const accessible = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

/** The page again until it shows what the workflow did (the projection follows it). */
export async function untilShown(page: Page, text: RegExp) {
  // A form's answer still loading (a click starts its navigation and returns): a reload now would cut it off.
  await page.waitForLoadState('load');
  for (const end = Date.now() + 20_000; ; await page.waitForTimeout(200)) {
    await page.reload();
    if (text.test(await page.locator('main').innerText())) return;
    if (Date.now() > end) throw new Error(`the page never showed ${text}`);
  }
}
