// "Exit this page" (GOV.UK pattern): a landmark that stays at the top of the screen, with advice on leaving safely beside it.
import { html, type Html } from "../../src/html/html.ts";

/** @example quickExit() → <aside class="quick-exit" aria-label="Exit this page">… */
export function quickExit(): Html {
  return html`<aside class="quick-exit" aria-label="Exit this page">
<p><a class="quick-exit-link" href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page<span class="visually-hidden">: it opens the BBC weather website</span></a></p>
<p><a class="quick-exit-help" href="/leave-quickly/">Leaving safely</a></p>
</aside>\n`;
}
