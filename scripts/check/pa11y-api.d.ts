// Type declarations for the parts of pa11y 9's Node API the gate uses (pa11y ships no types).
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer';

  type Pa11yLevel = 'error' | 'warning' | 'notice';

  interface Pa11yOptions {
    browser?: Browser;
    page?: Page;
    ignoreUrl?: boolean;
    runners?: string[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    /** htmlcs: extra sniffs; axe: rule ids to enable on top of the standard's tags. */
    rules?: string[];
    ignore?: string[];
    includeNotices?: boolean;
    includeWarnings?: boolean;
    levelCapWhenNeedsReview?: Pa11yLevel;
    timeout?: number;
    wait?: number;
    viewport?: { width: number; height: number };
    log?: { debug(message: string): void; error(message: string): void; info(message: string): void };
  }

  interface Pa11yIssue {
    code: string;
    type: Pa11yLevel | 'unknown';
    typeCode: number;
    message: string;
    context: string | null;
    selector: string;
    runner: string;
    runnerExtras?: Record<string, unknown>;
  }

  interface Pa11yResults {
    documentTitle: string;
    pageUrl: string;
    issues: Pa11yIssue[];
  }

  function pa11y(url: string, options?: Pa11yOptions): Promise<Pa11yResults>;
  namespace pa11y {
    export type { Pa11yIssue, Pa11yLevel, Pa11yOptions, Pa11yResults };
  }
  export = pa11y;
}
