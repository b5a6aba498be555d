// Launches the system Chromium (Debian package) through puppeteer with the flags the gate needs in CI containers.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer';

export const CHROMIUM_PATH = process.env['PUPPETEER_EXECUTABLE_PATH'] || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`browser: Chromium not found at ${executablePath} (install it: apt-get install -y chromium)`);
  }
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  } catch (error) {
    throw new Error(`browser: Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!browser.connected) throw new Error(`browser: Chromium at ${executablePath} started but is not connected`);
  return browser;
}
