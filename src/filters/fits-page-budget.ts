// Lists that grow with the site (home, A to Z, statements) switch to a summary when the whole list would not arrive in one round trip.
import { gzipSync } from "node:zlib";

/** One TCP initial congestion window, as the gate's weight check counts it: the page and its stylesheet, gzipped. */
export const PAGE_BUDGET_BYTES = 14 * 1024;
/** Kept for the layout around the main content (head, header, breadcrumbs, footer): about 1 KB gzipped on the default content. */
export const LAYOUT_ALLOWANCE_BYTES = 2 * 1024;

const stylesheetSizes = new Map<string, number>();

/**
 * True when `mainHtml`, inside the layout, fits the budget with the stylesheet; measured with the gzip the weight check uses.
 * @example {% if full | fitsPageBudget(stylesheet.css) %}{{ full | safe }}{% else %}…summary…{% endif %}
 */
export function fitsPageBudget(mainHtml: string, stylesheetCss: string): boolean {
  return gzipSync(mainHtml).length <= mainContentRoom(stylesheetCss);
}

/** The bytes (gzipped) left for a page's main content once the stylesheet and the layout allowance are counted: what a page that runs on packs its list into. */
export function mainContentRoom(stylesheetCss: string): number {
  let css = stylesheetSizes.get(stylesheetCss);
  if (css === undefined) stylesheetSizes.set(stylesheetCss, (css = gzipSync(stylesheetCss).length));
  return PAGE_BUDGET_BYTES - css - LAYOUT_ALLOWANCE_BYTES;
}
