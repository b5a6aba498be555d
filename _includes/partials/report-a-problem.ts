// "Is there anything wrong with this page?" on every page, without script: a POST form (so nothing typed lands in the address bar or history) to site.feedback_url (the CSP's form-action names exactly it) sending page, problem and details, else email links with the page's title, address and problem written in.
import { mailtoUrl } from "../../src/filters/mailto-url.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership } from "../../src/model/graph.ts";
import type { SiteData } from "../../src/model/schema.ts";
import { contactWays } from "./contact-ways.ts";
import { ENGLISH, inLanguage, type PageLanguage } from "../../src/language/page-language.ts";
import type { WordKey } from "../../src/language/words.ts";

const PROBLEMS: readonly (readonly [string, WordKey])[] = [
  ["broken-link", "report_broken_link"],
  ["out-of-date", "report_out_of_date"],
  ["missing-information", "report_missing_information"],
  ["service", "report_service"],
];

export interface ReportedPage {
  /** The page's full address. */
  address: string;
  title: string;
  /** The partnership the page is about, whose contact details a report about a service goes to. */
  owner?: Partnership;
}

/** @example reportAProblem(site, { address: "https://…/a-z/", title: "Partnerships A to Z" }) → <aside class="report-problem" …><details>… */
export function reportAProblem(site: SiteData, page: ReportedPage, language: PageLanguage = ENGLISH): Html {
  const { owner } = page;
  const contact = owner?.data.contact;
  // The publisher's and the partnership's names are in the site's language, marked as such on a page in another.
  const ownerName = owner && inLanguage(owner.name, site.language, language);
  const publisher = inLanguage(site.publisher.name, site.language, language);
  const ways = contact && owner ? contactWays(contact, ownerName, language) : [];
  return html`<aside class="report-problem" aria-label="${language.text("report_label")}">
<details>
<summary>${language.text("report_summary")}</summary>${site.feedback_url ? form(site.feedback_url, page, language) : emailLinks(site, page, language)}${
    ways.length
      ? html`\n<p>${language.say("report_service_contact", { publisher, name: ownerName })}</p>\n<ul class="links" role="list">${ways.map((way) => html`\n${way}`)}\n</ul>`
      : html`\n<p>${language.say("report_website_only", { publisher })}</p>`
  }
</details>
</aside>\n`;
}

function form(action: string, page: ReportedPage, language: PageLanguage): Html {
  return html`
<form method="post" action="${action}">
<input type="hidden" name="page" value="${page.address}">
<fieldset>
<legend>${language.text("report_question")}</legend>${PROBLEMS.map(
    ([id, label]) => html`\n<div class="choice"><input type="radio" id="report-${id}" name="problem" value="${id}" required><label for="report-${id}">${language.text(label)}</label></div>`,
  )}
</fieldset>
<label for="report-details">${language.text("report_details")}</label>
<textarea id="report-details" name="details" rows="4"></textarea>
<button type="submit">${language.text("report_send")}</button>
</form>`;
}

function emailLinks(site: SiteData, page: ReportedPage, language: PageLanguage): Html {
  const { owner } = page;
  const pageLines = [language.text("report_email_page", { title: page.title }), language.text("report_email_address", { address: page.address })];
  const details = language.text("report_email_details");
  const links = PROBLEMS.map(([id, key]) => {
    const label = language.text(key);
    // A problem with a service goes to the partnership that runs it, when it gives an email address.
    if (id === "service" && owner?.data.contact?.email) {
      const href = mailtoUrl(owner.data.contact.email, `${label}: ${owner.name}`, [...pageLines, "", details, ""]);
      return html`\n<li><a href="${href}">${label}</a> <span class="meta">${language.say("report_email_owner", { name: inLanguage(owner.name, site.language, language) })}</span></li>`;
    }
    const href = mailtoUrl(site.publisher.email, `${label}: ${page.title}`, [...pageLines, language.text("report_email_problem", { problem: label }), "", details, ""]);
    return html`\n<li><a href="${href}">${label}</a></li>`;
  });
  return html`
<p>${language.text("report_email_intro")}</p>
<ul class="links" role="list">${links}
</ul>`;
}
