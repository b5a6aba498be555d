// Layout rules from a manual accessibility audit that no rule set had: the exit link at 400 % zoom, words split in table cells,
// A4 print, text that vanishes on paper, full printed addresses, focus outlines that leave the screen, list semantics, lead-ins cut by a heading,
// one link text for two places, download sizes, breadcrumbs, and what the page reads like with CSS off.
import type { Page } from 'puppeteer';

/** How layout.ts reports a problem; the rule ids here are prefixed "audit/". */
export type Report = (rule: string, message: string, selector?: string) => void;
/** layout.ts's media emulation (screen or print; forced colours on or off). */
export type Emulate = (media: 'screen' | 'print', forcedColors: 'none' | 'active') => Promise<void>;

/** WCAG 1.4.12's text-spacing values, as layout.ts applies them. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;
/** A4 (210 mm) less Chromium's default print margins of about 1 cm each side, at 96 px to the inch. */
const A4_PRINT_WIDTH = 718;
/** 400 % zoom of a 1280 by 1024 window shows 320 by 256 CSS pixels. */
const ZOOMED = { width: 320, height: 256 };

/** Adds a style sheet and returns how to take it away again, so a rule that needs one does not cost the next rule a reload. */
export async function withStyle(tab: Page, css: string): Promise<() => Promise<void>> {
  const style = await tab.addStyleTag({ content: css });
  return async () => {
    await style.evaluate((e) => e.remove());
    await style.dispose();
  };
}

/** Runs every audit rule on the page already loaded in `tab`, without loading it again (viewport and media change in place); leaves it light scheme, screen media, 320 px. */
export async function auditLayout(tab: Page, emulate: Emulate, report: Report): Promise<void> {
  const issue = (rule: string, message: string, selector?: string) => report(`audit/${rule}`, message, selector);
  await emulate('screen', 'none');
  // As the page loaded: nothing focused, scrolled to the top.
  await tab.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });

  // Exit this page (GOV.UK): in a landmark, on screen at 400 % zoom wherever the page is scrolled, never covered by the focused skip link.
  await tab.setViewport(ZOOMED);
  const exit = await tab.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => /^Exit this page/.test((a.textContent ?? '').trim()));
    if (!link) return null;
    const offScreen: string[] = [];
    for (const at of [0.5, 1]) {
      window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * at);
      const r = link.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.width === 0) offScreen.push(at === 1 ? 'the bottom' : 'halfway down');
    }
    window.scrollTo(0, 0);
    const skip = document.querySelector<HTMLAnchorElement>('a[href="#main"]');
    skip?.focus();
    const a = skip?.getBoundingClientRect();
    const b = link.getBoundingClientRect();
    const covered = !!a && a.width > 1 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    skip?.blur();
    return { offScreen, covered, landmark: !!link.closest('aside, header, nav, main, footer, [role="region"][aria-label], [role="complementary"], [role="banner"]') };
  });
  if (exit) {
    for (const where of exit.offScreen) issue('exit-link-on-screen', `at 400% zoom (320 by 256 px) the Exit this page link is off screen when scrolled to ${where}`);
    if (exit.covered) issue('exit-link-covered', 'the focused skip link covers the Exit this page link');
    if (!exit.landmark) issue('exit-link-landmark', 'the Exit this page link is not inside a landmark');
  }

  // Focus outlines stay on screen (they fell off three sides of a full-width exit link in forced colours).
  for (const forced of ['none', 'active'] as const) {
    await emulate('screen', forced);
    await tab.setViewport({ width: 320, height: 640 });
    const clipped = await tab.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const e of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex="0"]')) {
        e.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(e);
        if (style.outlineStyle === 'none') continue;
        const grow = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || '0');
        const r = e.getBoundingClientRect();
        if (r.width === 0 || e.closest('.visually-hidden')) continue;
        if (r.left - grow < -0.5 || r.right + grow > width + 0.5 || r.top + scrollY - grow < -0.5) found.push(`"${(e.textContent ?? '').trim().slice(0, 40)}"`);
      }
      (document.activeElement as HTMLElement | null)?.blur();
      return found;
    });
    for (const link of clipped.slice(0, 3)) issue(forced === 'active' ? 'focus-outline-on-screen-forced-colors' : 'focus-outline-on-screen', `the focus outline of ${link} runs off the screen at 320 px`);
  }
  await emulate('screen', 'none');

  // No word in a table cell splits across lines at 320 px with WCAG text spacing ("Stateme nt").
  await tab.setViewport({ width: 320, height: 640 });
  const removeSpacing = await withStyle(tab, TEXT_SPACING);
  const split = await tab.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('td, th, caption')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}’']{2,}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(`"${match[0]}"`);
        }
      }
    }
    return found;
  });
  for (const word of split.slice(0, 5)) issue('table-word-split', `a word in a table breaks across lines at 320 px with WCAG text spacing: ${word}`);
  await removeSpacing();

  // Tab stops that do nothing: a scroll region whose content does not scroll, at phone or desktop width.
  for (const width of [320, 1280]) {
    await tab.setViewport({ width, height: 800 });
    const needless = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[tabindex="0"]:not(a, button, input, select, textarea)')]
        .filter((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1)
        .map((e) => `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}>`),
    );
    for (const element of needless.slice(0, 3)) issue('needless-tab-stop', `${element} is a Tab stop but has nothing to scroll at ${width} px`);
  }

  // What the page says and how it is built, at desktop width.
  const page = await tab.evaluate(() => {
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const problems: [string, string][] = [];
    // Lists drawn without bullets keep list semantics in Safari and VoiceOver only with role="list" (lists in a nav keep them anyway).
    for (const list of document.querySelectorAll('ul, ol')) {
      if (getComputedStyle(list).listStyleType === 'none' && !list.closest('nav') && list.getAttribute('role') !== 'list' && !list.closest('.visually-hidden')) {
        problems.push(['list-role', `a <${list.tagName.toLowerCase()}${list.className ? ` class="${list.className}"` : ''}> has no bullets or numbers and no role="list"`]);
      }
    }
    // A sentence that leads into a list ("… will work towards:") is not cut from it by a heading.
    for (const p of document.querySelectorAll('main p')) {
      if (!text(p).endsWith(':')) continue;
      let next: Element | null = p.nextElementSibling;
      for (let up: Element | null = p; !next && up && up.tagName !== 'MAIN'; up = up.parentElement) next = up.parentElement?.nextElementSibling ?? null;
      if (next && /^H[1-6]$/.test(next.tagName)) problems.push(['lead-in-cut', `"${text(p).slice(-60)}" is followed by the heading "${text(next)}" instead of what it leads into`]);
    }
    // One link text, one destination (WCAG 2.4.4, 3.2.4).
    const byText = new Map<string, Set<string>>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const name = (a.getAttribute('aria-label') ?? text(a)).toLowerCase();
      const target = a.href.replace(/#.*$/, '');
      if (!byText.has(name)) byText.set(name, new Set());
      byText.get(name)!.add(target);
    }
    for (const [name, targets] of byText) if (targets.size > 1) problems.push(['same-text-different-place', `links named "${name}" go to ${targets.size} different places: ${[...targets].join(', ')}`]);
    // Breadcrumbs (GOV.UK): no link to the page itself, and separators that are drawn, not read out.
    const crumbs = document.querySelector('nav[aria-label="Breadcrumb"]');
    if (crumbs) {
      const here = location.href.replace(/#.*$/, '');
      for (const a of crumbs.querySelectorAll<HTMLAnchorElement>('a[href]')) if (a.href === here) problems.push(['breadcrumb-self-link', `the breadcrumbs link to the page itself ("${text(a)}")`]);
      for (const li of crumbs.querySelectorAll('li')) {
        const content = getComputedStyle(li, '::before').content;
        if (content !== 'none' && content !== 'normal' && !/^""( \/ "")?$/.test(content)) problems.push(['breadcrumb-separator-read', `a breadcrumb separator is text a screen reader reads out: ${content}`]);
      }
    }
    // Every download of the site's own says its size. Another site's document says it when its editor gave size_kb, which the content model leaves optional.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (a.origin !== location.origin) continue;
      if (/\.(json|ics|xml|csv|pdf|docx?|xlsx?|odt|ods|zip)$/i.test(new URL(a.href).pathname) && !/\d\s?(KB|MB|GB|bytes)\b/.test(text(a))) problems.push(['download-size', `the link to ${a.getAttribute('href')} does not say how big the file is`]);
    }
    return { problems, sizes: [...document.querySelectorAll<HTMLAnchorElement>('a[href$=".json"], a[href$=".ics"], a[href$=".xml"]')].filter((a) => a.origin === location.origin).map((a) => ({ href: a.href, text: text(a) })) };
  });
  for (const [rule, message] of page.problems.slice(0, 8)) issue(rule, message);

  // Stated sizes of this site's files are right to the next kilobyte.
  const fetched = await tab.evaluate(async (urls: string[]) => Promise.all(urls.map(async (url) => {
    const response = await fetch(url);
    return { url, ok: response.ok, bytes: (await response.arrayBuffer()).byteLength };
  })), [...new Set(page.sizes.map((s) => s.href))]);
  for (const file of fetched) {
    if (!file.ok) issue('download-size', `${file.url} does not load`);
    for (const link of page.sizes.filter((s) => s.href === file.url)) {
      const stated = /(\d+(?:\.\d+)?)\s?(KB|MB)/.exec(link.text);
      const kb = stated ? Number(stated[1]) * (stated[2] === 'MB' ? 1024 : 1) : NaN;
      if (!(Math.abs(kb - file.bytes / 1024) <= Math.max(1, kb * 0.1))) issue('download-size', `"${link.text}" but the file is ${(file.bytes / 1024).toFixed(1)} KB`);
    }
  }

  // With styles off, the skip link and the next link do not run together as one line of text.
  const together = await tab.evaluate(() => {
    for (const sheet of document.styleSheets) sheet.disabled = true;
    const skip = document.querySelector<HTMLAnchorElement>('a[href="#main"]');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const next = skip ? links[links.indexOf(skip) + 1] : undefined;
    const sameLine = !!skip && !!next && Math.abs(skip.getBoundingClientRect().top - next.getBoundingClientRect().top) < 2;
    for (const sheet of document.styleSheets) sheet.disabled = false;
    return sameLine ? (next!.textContent ?? '').trim() : null;
  });
  if (together) issue('css-off-run-together', `with styles off, the skip link and "${together}" run together on one line`);

  // Printed on A4: nothing cut off at the right edge, and links on this site print their full address.
  await emulate('print', 'none');
  await tab.setViewport({ width: A4_PRINT_WIDTH, height: 1000 });
  const printed = await tab.evaluate((width: number) => {
    const cut = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'))
      .filter((e) => !e.closest('.visually-hidden') && e.getBoundingClientRect().width > 0)
      .slice(-3)
      .map((e) => `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ''}>`);
    const relative = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')]
      .filter((a) => !/https?:\/\//.test(getComputedStyle(a, '::after').content))
      .map((a) => a.getAttribute('href'));
    // Browsers print no backgrounds by default, so text is on white paper: white text (the site name once) vanishes.
    const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const faint = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim()) && e.getBoundingClientRect().width > 0 && !e.closest('.visually-hidden'))
      .filter((e) => {
        const [r, g, b] = (getComputedStyle(e).color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
        return 1.05 / (0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) + 0.05) < 4.5;
      })
      .slice(0, 3)
      .map((e) => `"${(e.textContent ?? '').trim().slice(0, 40)}"`);
    return { cut, relative, faint };
  }, A4_PRINT_WIDTH);
  for (const text of printed.faint) issue('print-text-contrast', `printed on white paper, ${text} has too little contrast (under 4.5:1)`);
  for (const element of printed.cut) issue('print-a4', `printed on A4 (${A4_PRINT_WIDTH} px wide), ${element} is cut off or hidden in a scroll box`);
  for (const href of printed.relative.slice(0, 3)) issue('print-full-address', `printed, the link to ${href} shows no full address (https://…)`);
  await emulate('screen', 'none');
  await tab.setViewport({ width: 320, height: 640 });
}
