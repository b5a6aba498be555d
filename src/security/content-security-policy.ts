// The site's Content-Security-Policy, written once for both places it is published: the _headers file (for hosts that
// read it) and the <meta> tag in every page (for hosts that do not, such as GitHub Pages and GitLab Pages).
import type { SiteData } from "../model/schema.ts";

/** Directives a <meta> policy cannot carry (the CSP specification ignores them there): framing is only ever refused by a header. */
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** Nothing from another site, no script at all; forms go only to the report service, when there is one. */
function directives(site: Pick<SiteData, "feedback_url">): [string, string][] {
  return [
    ["default-src", "'none'"],
    ["style-src", "'self'"],
    ["img-src", "'self'"],
    ["base-uri", "'none'"],
    ["form-action", site.feedback_url ?? "'none'"],
    ["frame-ancestors", "'none'"],
  ];
}

const write = (list: [string, string][]) => list.map(([name, value]) => `${name} ${value}`).join("; ");

/** The policy as the _headers file sends it. @example headerPolicy(site) → "default-src 'none'; … frame-ancestors 'none'" */
export function headerPolicy(site: Pick<SiteData, "feedback_url">): string {
  return write(directives(site));
}

/** The same policy for <meta http-equiv>, less what a meta tag cannot carry. @example metaPolicy(site) → "default-src 'none'; … form-action 'none'" */
export function metaPolicy(site: Pick<SiteData, "feedback_url">): string {
  return write(directives(site).filter(([name]) => !HEADER_ONLY.has(name)));
}
