// The ways to reach a partnership, as list items: on its page, and where a page says who runs the service.
import { noBreak } from "../../src/filters/no-break.ts";
import { html, raw, type Html } from "../../src/html/html.ts";
import type { PartnershipData } from "../../src/model/schema.ts";
import { ENGLISH, type PageLanguage } from "../../src/language/page-language.ts";

/** @example contactWays({ email: "team@example.org" }, "Westshire Board") → [<li>Email: <a href="mailto:team@example.org">team@example.org</a></li>] */
export function contactWays(contact: NonNullable<PartnershipData["contact"]>, name: unknown, language: PageLanguage = ENGLISH): Html[] {
  const ways: Html[] = [];
  if (contact.email) ways.push(html`<li>${language.say("contact_email", { email: html`<a href="mailto:${contact.email}">${contact.email}</a>` })}</li>`);
  // A phone number never wraps (noBreak escapes it); the tel: address has no spaces.
  if (contact.phone) ways.push(html`<li>${language.say("contact_phone", { phone: html`<a href="tel:${contact.phone.replaceAll(" ", "")}">${raw(noBreak(contact.phone))}</a>` })}</li>`);
  if (contact.url) ways.push(html`<li><a href="${contact.url}">${language.say("contact_online", { name })}</a></li>`);
  return ways;
}
