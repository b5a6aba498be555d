// GOV.UK breadcrumbs: the pages above this one; the current page is the h1, not a link to itself.
import { ownWords } from "../../src/filters/own-words.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Crumb } from "../../src/model/graph.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example breadcrumbs([{ title: "Westshire", url: "/areas/westshire/" }]) → <nav class="breadcrumbs" aria-label="Breadcrumb">\n<ol>\n<li><a href="/">Home</a></li>… */
export function breadcrumbs(trail: readonly Crumb[], language: PageLanguage = ENGLISH): Html {
  return html`<nav class="breadcrumbs" aria-label="${language.text("breadcrumbs_label")}">
<ol>
<li><a href="/">${language.text("breadcrumbs_home")}</a></li>${trail.map((crumb) => html`\n<li><a href="${crumb.url}">${ownWords(crumb.title, crumb.language)}</a></li>`)}
</ol>
</nav>\n`;
}
