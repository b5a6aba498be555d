// The one layout every HTML page shares: head, skip link, header, breadcrumbs, the page, "report a problem" and footer. TypeScript, not Nunjucks: a large site renders it thousands of times a build.
import { breadcrumbs } from "../partials/breadcrumbs.ts";
import { quickExit } from "../partials/quick-exit.ts";
import { reportAProblem } from "../partials/report-a-problem.ts";
import { siteName } from "../partials/site-name.ts";
import { absoluteUrl } from "../../src/filters/absolute-url.ts";
import { html, raw } from "../../src/html/html.ts";
import type { PageData, TemplateFunctions } from "../../src/eleventy/template-context.ts";
import { metaPolicy } from "../../src/security/content-security-policy.ts";
import { jsonLdScript, partnershipJsonLd, websiteJsonLd } from "../../src/structured-data/json-ld.ts";
import { inLanguage, siteLanguage, type PageLanguage } from "../../src/language/page-language.ts";
import { alternateLinks, htmlLanguage } from "../../src/language/alternate-links.ts";
import type { WordKey } from "../../src/language/words.ts";

const NAVIGATION: readonly (readonly [string, WordKey])[] = [
  ["/a-z/", "navigation_a_to_z"],
  ["/equalities-statements/", "navigation_statements"],
  ["/accessibility/", "navigation_accessibility"],
];

/** The layout of a Nunjucks page, which names it in its front matter. */
export function render(this: TemplateFunctions, data: PageData): string {
  return layout(this, data, data.content ?? "", data);
}

/** What a page tells its layout about itself. */
export interface PageHeading {
  title?: string;
  description?: string;
  /** The language the page is written in, when it is not the site's (a translated statement). */
  language?: PageLanguage;
}

/**
 * The whole page around `content`. A TypeScript page calls it itself, with its title and description, instead of naming
 * the layout in its data and computing its title there: Eleventy then runs no layout step and no computed data (a dependency
 * graph per page, about 0.4 s of the profile) for 12,800 partnership and statement pages.
 */
export function layout(functions: TemplateFunctions, data: PageData, content: string, heading: PageHeading): string {
  const { graph, page, partnership, statement, area } = data;
  const { site } = graph;
  // The site name always follows the page title, GOV.UK style; a title is never cut, since screen readers announce it first and a cut one can name two pages alike.
  const title = heading.title && heading.title !== site.title ? `${heading.title} – ${site.title}` : site.title;
  // The site's address with its path prefix, and this page's full address from it.
  const root = absoluteUrl(functions.sitePath("/"), site.url);
  const canonical = absoluteUrl(page.url.slice(1), root);
  const jsonLd = partnership ? partnershipJsonLd(partnership, root) : page.url === "/" ? websiteJsonLd(graph, root) : undefined;
  const subject = partnership ?? statement?.partnership;
  const trail = (partnership ?? statement ?? area)?.trail ?? data.breadcrumbs ?? [];
  const language = heading.language ?? siteLanguage(site.language);
  const publisherName = inLanguage(site.publisher.name, site.language, language);
  const publisher = site.publisher.url ? html`<a href="${site.publisher.url}">${language.say("footer_publisher_website", { publisher: publisherName })}</a>` : publisherName;
  return html`<!DOCTYPE html>
<html${htmlLanguage(language)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy(site)}"><meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<meta name="description" content="${heading.description || site.description}">
<meta name="color-scheme" content="light dark">
<link rel="canonical" href="${canonical}">
<link rel="stylesheet" href="${data.stylesheet.url}" integrity="${data.stylesheet.integrity}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="${language.text("feed_title", { site: site.title })}">${alternateLinks(graph.versions.get(page.url), root)}${jsonLd && html`\n<script type="application/ld+json">${raw(jsonLdScript(jsonLd))}</script>`}
</head>
<body>
<a class="skip-link" href="#main">${language.text("skip_link")}</a>${(data.quickExit || subject?.quickExit) && quickExit(language)}
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="/">${siteName(graph.brand, site.title)}</a></p>
<nav aria-label="${language.text("navigation_label")}">
<ul>${NAVIGATION.map(([url, label]) => html`\n<li><a href="${url}"${page.url === url && raw(' aria-current="page"')}>${language.text(label)}</a></li>`)}
</ul>
</nav>
</div>
</header>
<div class="wrap">${page.url !== "/" && breadcrumbs(trail, language)}
<main id="main" tabindex="-1">
${raw(content)}
</main>
${reportAProblem(site, { address: canonical, title: heading.title || site.title, owner: subject }, language)}
</div>
<footer class="site-footer">
<div class="wrap">
<p>${site.publisher.name !== site.title && html`${language.say("footer_run_by", { publisher })} `}${language.say("footer_report", { email: html`<a href="mailto:${site.publisher.email}">${site.publisher.email}</a>` })}</p>
<ul role="list">
<li><a href="/accessibility/">${language.text("footer_accessibility")}</a></li>
</ul>
</div>
</footer>
</body>
</html>
`.toString();
}
