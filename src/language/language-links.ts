// The links between a statement and its translations, each naming its language in that language, with lang and hreflang.
import { html, raw, type Html } from "../html/html.ts";
import { textDirection } from "./tag.ts";
import type { PageLanguage } from "./page-language.ts";
import type { Version } from "./translation.ts";

/** @example languageLinks(versions, english) → <nav class="languages" aria-label="This statement in other languages">…<a href="…/bn/" lang="bn" hreflang="bn">বাংলা</a>… */
export function languageLinks(versions: readonly Version[] | undefined, language: PageLanguage): Html {
  const others = versions?.filter((version) => version.language !== language.tag) ?? [];
  if (others.length === 0) return raw("");
  const label = language.text("statement_languages");
  return html`<nav class="languages" aria-label="${label}">
<p>${label}:</p>
<ul class="links" role="list">${others.map((version) => {
    const direction = textDirection(version.language);
    return html`\n<li><a href="${version.url}" lang="${version.language}" hreflang="${version.language}"${direction !== language.direction && raw(` dir="${direction}"`)}>${version.name}</a></li>`;
  })}
</ul>
</nav>\n`;
}
