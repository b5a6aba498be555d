// What Eleventy gives a TypeScript template: the data cascade, and on `this` the JavaScript functions the config registers.
import type { Area, Crumb, EasyRead, Partnership, SiteGraph, Statement } from "../model/graph.ts";
import type { TranslatedEasyRead, Translation } from "../language/translation.ts";

/** `this` in a template's render(): the functions registered with addJavaScriptFunction. */
export interface TemplateFunctions {
  /** Eleventy's url filter: the path with the path prefix (src/eleventy/site-path-filter.ts). */
  sitePath(path: string): string;
}

/** The data every page's template sees, whichever page kind it is. */
export interface PageData {
  graph: SiteGraph;
  buildDate: Date;
  stylesheet: { url: string; integrity: string };
  page: { url: string };
  title?: string;
  description?: string;
  /** The page kind's own subject, when it has one (its pagination alias). */
  partnership?: Partnership;
  statement?: Statement | EasyRead | Translation | TranslatedEasyRead;
  area?: Area;
  /** Breadcrumbs of a page that has no subject of its own. */
  breadcrumbs?: Crumb[];
  /** A page that offers "Exit this page" whatever it is about. */
  quickExit?: boolean;
  /** In a layout: the page's own HTML. */
  content?: string;
}
