// "Is there anything wrong with this page?" on every page, without script: a POST form (so nothing typed lands in the address bar or history) to site.feedback_url (the CSP's form-action names exactly it) sending page, problem and details, else email links with the page's title, address and problem written in.
import { mailtoUrl } from "../../src/filters/mailto-url.ts";
import { html, type Html } from "../../src/html/html.ts";
import type { Partnership } from "../../src/model/graph.ts";
import type { SiteData } from "../../src/model/schema.ts";
import { contactWays } from "./contact-ways.ts";

const PROBLEMS = [
  ["broken-link", "Broken link"],
  ["out-of-date", "Out of date information"],
  ["missing-information", "Missing information"],
  ["service", "A problem with a service"],
] as const;

export interface ReportedPage {
  /** The page's full address. */
  address: string;
  title: string;
  /** The partnership the page is about, whose contact details a report about a service goes to. */
  owner?: Partnership;
}

/** @example reportAProblem(site, { address: "https://…/a-z/", title: "Partnerships A to Z" }) → <aside class="report-problem" …><details>… */
export function reportAProblem(site: SiteData, page: ReportedPage): Html {
  const { owner } = page;
  const contact = owner?.data.contact;
  const ways = contact && owner ? contactWays(contact, owner.name) : [];
  return html`<aside class="report-problem" aria-label="Report a problem with this page">
<details>
<summary>Is there anything wrong with this page?</summary>${site.feedback_url ? form(site.feedback_url, page) : emailLinks(site, page)}${
    ways.length
      ? html`\n<p>${site.publisher.name} publishes this page but does not run the services. To report a problem with a service, contact ${owner!.name}:</p>\n<ul class="links" role="list">${ways.map((way) => html`\n${way}`)}\n</ul>`
      : html`\n<p>This is for problems with this website. ${site.publisher.name} does not run the services it describes, but will pass a report about a service on to the partnership that does.</p>`
  }
</details>
</aside>\n`;
}

function form(action: string, page: ReportedPage): Html {
  return html`
<form method="post" action="${action}">
<input type="hidden" name="page" value="${page.address}">
<fieldset>
<legend>What would you like to report?</legend>${PROBLEMS.map(
    ([id, label]) => html`\n<div class="choice"><input type="radio" id="report-${id}" name="problem" value="${id}" required><label for="report-${id}">${label}</label></div>`,
  )}
</fieldset>
<label for="report-details">Please provide further details</label>
<textarea id="report-details" name="details" rows="4"></textarea>
<button type="submit">Send your report</button>
</form>`;
}

function emailLinks(site: SiteData, page: ReportedPage): Html {
  const { owner } = page;
  const links = PROBLEMS.map(([id, label]) => {
    // A problem with a service goes to the partnership that runs it, when it gives an email address.
    if (id === "service" && owner?.data.contact?.email) {
      const href = mailtoUrl(owner.data.contact.email, `${label}: ${owner.name}`, [`Page: ${page.title}`, `Address: ${page.address}`, "", "Please provide further details:", ""]);
      return html`\n<li><a href="${href}">${label}</a> <span class="meta">email ${owner.name}</span></li>`;
    }
    const href = mailtoUrl(site.publisher.email, `${label}: ${page.title}`, [`Page: ${page.title}`, `Address: ${page.address}`, `Problem: ${label}`, "", "Please provide further details:", ""]);
    return html`\n<li><a href="${href}">${label}</a></li>`;
  });
  return html`
<p>What would you like to report? Each choice opens an email with this page’s address written in. Add any details before you send it.</p>
<ul class="links" role="list">${links}
</ul>`;
}
