// What automated rule sets miss: reflow at 320 px with WCAG text spacing, the skip link, visible focus (also in forced colours), 24 px targets and printed link addresses.
import type { Browser, CDPSession, Page } from 'puppeteer';
import { launchBrowser } from './browser.ts';
import { auditLayout, withStyle } from './layout-audit.ts';
import { serve } from './serve.ts';
import { withTimeout } from './timeout.ts';
import type { CheckerResult, Issue, ProgressHandler } from './types.ts';

export interface LayoutOptions {
  pathPrefix?: string;
  browser?: Browser;
  onPage?: ProgressHandler;
  /** Longest one page's rules may take (default 60 s). */
  pageTimeoutMs?: number;
  /** Pages checked at once, one tab each (default 2, as many as the machine has cores for CI's runners). */
  concurrency?: number;
}

/** WCAG 1.4.12's text-spacing values, applied with !important as a user style sheet would. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

/** Links whose targets must be at least 24 by 24 CSS pixels (WCAG 2.5.8): navigation and lists of links. */
const LISTED_LINKS = 'header a, footer a, .breadcrumbs a, .links a, .tree a, .documents a, .coverage th a';

/** Runs every layout rule on every page, one tab, light scheme; returns issues named by page and rule. */
export async function checkLayout(siteDir: string, pages: string[], options: LayoutOptions = {}): Promise<CheckerResult> {
  const started = performance.now();
  if (pages.length === 0) throw new Error('layout: no pages to check');
  const pageTimeoutMs = options.pageTimeoutMs ?? 60_000;
  const server = await serve(siteDir, options.pathPrefix === undefined ? {} : { pathPrefix: options.pathPrefix });
  const issues: Issue[] = [];
  let browser: Browser | undefined;
  const tabs: Page[] = [];
  // Whatever fails (no browser, a crash, a stuck page), the server and the browser are closed, so the process can end.
  try {
    browser = options.browser ?? (await launchBrowser());
    const queue = [...pages.entries()];
    let done = 0;
    for (let i = 0; i < Math.max(1, Math.min(options.concurrency ?? 2, pages.length)); i += 1) {
      const tab = await browser.newPage();
      tabs.push(tab);
      // The pages' own Content-Security-Policy (a <meta> tag) refuses the style this check adds for WCAG text spacing.
      await tab.setBypassCSP(true);
      // Each step of a page (loading, each rule) may take a third of the page's time.
      tab.setDefaultTimeout(Math.ceil(pageTimeoutMs / 3));
      // tsx names the functions in our page scripts with a helper the page does not have; give it one.
      await tab.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
    }
    const found: Issue[][] = [];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const [index, page] = next;
          found[index] = await withTimeout(checkPage(tab, new URL(page.slice(1), server.url).href, page), pageTimeoutMs, `layout: ${page} took longer than ${Math.round(pageTimeoutMs / 1000)} s`);
          done += 1;
          options.onPage?.(done, pages.length, page, found[index]!);
        }
      }),
    );
    // In page order, whichever tab checked them.
    issues.push(...found.flat());
  } finally {
    await Promise.all(tabs.map((tab) => withTimeout(tab.close(), 5_000, 'tab did not close').catch(() => undefined)));
    if (!options.browser && browser) await withTimeout(browser.close(), 10_000, 'Chromium did not close').catch(() => browser?.process()?.kill('SIGKILL'));
    await server.close();
  }
  return { checker: 'layout', pagesChecked: pages.length, issues, ms: performance.now() - started };
}

/** Opens every <details>, so what is inside is checked as a reader who opens it sees it (a closed one's controls cannot take focus). */
async function openDisclosures(tab: Page): Promise<void> {
  await tab.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => {
    d.setAttribute('open', '');
    d.setAttribute('data-gate-opened', '');
  }));
}

/** Closes again what openDisclosures opened: the page as it loaded, without loading it again. */
export async function closeDisclosures(tab: Page): Promise<void> {
  await tab.evaluate(() => document.querySelectorAll('details[data-gate-opened]').forEach((d) => {
    d.removeAttribute('open');
    d.removeAttribute('data-gate-opened');
  }));
}

async function checkPage(tab: Page, url: string, page: string): Promise<Issue[]> {
  const issues: Issue[] = [];
  const issue = (rule: string, message: string, selector?: string) => issues.push({ checker: 'layout', page, rule, message, ...(selector && { selector }) });

  await emulate(tab, 'screen', 'none');
  await tab.setViewport({ width: 320, height: 640 });
  const response = await tab.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) {
    issue('layout/http-status', `${url} answered ${response?.status() ?? 'nothing'}`);
    return issues;
  }

  // Reflow (1.4.10) with text spacing (1.4.12): nothing may be wider than a 320 px screen.
  await openDisclosures(tab);
  const removeSpacing = await withStyle(tab, TEXT_SPACING);
  const overflow = await tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    // The culprits: elements wider than the screen, or whose own text spills out of them.
    return [...document.querySelectorAll('body *')]
      .filter((e) => (e.getBoundingClientRect().right > width + 1 || e.scrollWidth > e.clientWidth + 1) && !e.closest('.table-scroll'))
      .slice(-3)
      .map((e) => `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}>`);
  });
  if (overflow) issue('reflow', `scrolls sideways at 320 px with WCAG text spacing${overflow.length ? `; too wide: ${overflow.join(', ')}` : ''}`);
  await removeSpacing();

  // The skip link is the first thing Tab reaches, and it leads to <main>.
  await tab.keyboard.press('Tab');
  const first = await tab.evaluate(() => {
    const a = document.activeElement as HTMLAnchorElement | null;
    const target = a?.hash ? document.getElementById(a.hash.slice(1)) : null;
    return { className: a?.className ?? '', lands: target?.tagName === 'MAIN' };
  });
  if (first.className !== 'skip-link' || !first.lands) issue('skip-link', 'the first element Tab reaches is not a skip link to <main>');

  // Every focusable element shows a focus indicator of at least 2 px with 3:1 contrast against the page.
  for (const forced of ['none', 'active'] as const) {
    await emulate(tab, 'screen', forced);
    const weak = await tab.evaluate(() => {
      const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      const luminance = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const ratio = (a: string, b: string) => {
        const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
        return (x + 0.05) / (y + 0.05);
      };
      const backgroundOf = (e: Element | null): string => {
        for (; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg && !/rgba\(.*,\s*0\)|transparent/.test(bg)) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const problems: string[] = [];
      for (const e of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex="0"]')) {
        e.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(e);
        const width = parseFloat(style.outlineWidth);
        const visible = style.outlineStyle !== 'none' && width >= 2 && ratio(style.outlineColor, backgroundOf(e.parentElement)) >= 3;
        if (!visible) problems.push(`${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 40)}" (outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor})`);
      }
      return problems;
    });
    for (const problem of weak.slice(0, 5)) issue(forced === 'active' ? 'focus-visible-forced-colors' : 'focus-visible', `no focus indicator of 2 px and 3:1 on ${problem}`);
  }
  await emulate(tab, 'screen', 'none');

  // Links in navigation and lists are at least 24 by 24 CSS pixels (2.5.8), at the desktop width too.
  for (const width of [320, 1280]) {
    await tab.setViewport({ width, height: 800 });
    const small = await tab.evaluate((selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((e) => e.offsetParent !== null && !e.closest('.visually-hidden'))
        .map((e) => ({ text: (e.textContent ?? '').trim().slice(0, 40), rect: e.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width < 24 || rect.height < 24)
        .map(({ text, rect }) => `"${text}" ${Math.round(rect.width)}×${Math.round(rect.height)}`), LISTED_LINKS);
    for (const target of small.slice(0, 5)) issue('target-size-24', `link target smaller than 24 by 24 px at ${width} px wide: ${target}`);
  }

  // Printed, each link in the content shows its address.
  await emulate(tab, 'print', 'none');
  const unprinted = await tab.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')]
      // Chromium reports generated content unresolved, as `" (" attr(href) ")"`, so either form counts.
      .filter((a) => !/attr\(href\)/.test(getComputedStyle(a, '::after').content) && !getComputedStyle(a, '::after').content.includes(a.getAttribute('href') ?? '\0'))
      .map((a) => a.getAttribute('href')),
  );
  for (const href of unprinted.slice(0, 3)) issue('print-link-address', `a link to ${href} does not print its address`);
  await emulate(tab, 'screen', 'none');
  // The rules a manual audit added (scripts/check/layout-audit.ts).
  await closeDisclosures(tab);
  await auditLayout(tab, (media, forced) => emulate(tab, media, forced), issue);
  return issues;
}

const sessions = new WeakMap<Page, CDPSession>();

/** Media type and forced colours (Windows high contrast) through the DevTools protocol; puppeteer's own helper knows no forced-colors. */
async function emulate(tab: Page, media: 'screen' | 'print', forcedColors: 'none' | 'active'): Promise<void> {
  // Emulation lasts as long as the session that set it, so each tab keeps one.
  let session = sessions.get(tab);
  if (!session) sessions.set(tab, (session = await tab.createCDPSession()));
  await session.send('Emulation.setEmulatedMedia', { media, features: [{ name: 'forced-colors', value: forcedColors }] });
}
