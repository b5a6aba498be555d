// The ways to reach a partnership, as list items: on its page, and where a page says who runs the service.
import { noBreak } from "../../src/filters/no-break.ts";
import { html, raw, type Html } from "../../src/html/html.ts";
import type { PartnershipData } from "../../src/model/schema.ts";

/** @example contactWays({ email: "team@example.org" }, "Westshire Board") → [<li>Email: <a href="mailto:team@example.org">team@example.org</a></li>] */
export function contactWays(contact: NonNullable<PartnershipData["contact"]>, name: string | Html | undefined): Html[] {
  const ways: Html[] = [];
  if (contact.email) ways.push(html`<li>Email: <a href="mailto:${contact.email}">${contact.email}</a></li>`);
  // A phone number never wraps (noBreak escapes it); the tel: address has no spaces.
  if (contact.phone) ways.push(html`<li>Phone: <a href="tel:${contact.phone.replaceAll(" ", "")}">${raw(noBreak(contact.phone))}</a></li>`);
  if (contact.url) ways.push(html`<li><a href="${contact.url}">Contact ${name} online</a></li>`);
  return ways;
}
