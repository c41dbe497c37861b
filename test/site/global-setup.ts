import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serve } from './server';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    browserWs: string;
  }
}

/** One static server and one Chromium for the whole run; browser tests connect to both. */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${dist}index.html`))
    throw new Error('The site is not built: run `npm test` (it builds first) or `npm run build`.');
  const { server, url } = await serve(dist);
  const browser: BrowserServer = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('siteUrl', url);
  project.provide('browserWs', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise((r) => server.close(r));
  };
}
