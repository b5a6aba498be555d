// "Exit this page" (GOV.UK pattern): a landmark that stays at the top of the screen, with advice on leaving safely beside it.
import { html, type Html } from "../../src/html/html.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example quickExit() → <aside class="quick-exit" aria-label="Exit this page">… */
export function quickExit(language: PageLanguage = ENGLISH): Html {
  const exit = language.text("exit_this_page");
  return html`<aside class="quick-exit" aria-label="${exit}">
<p><a class="quick-exit-link" href="https://www.bbc.co.uk/weather" rel="noreferrer">${exit}<span class="visually-hidden">${language.text("exit_this_page_destination")}</span></a></p>
<p><a class="quick-exit-help" href="/leave-quickly/">${language.text("leaving_safely")}</a></p>
</aside>\n`;
}
