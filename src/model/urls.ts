// Which web addresses the contract allows, shared by the schema and the Markdown renderer.

export const ALLOWED_URL = "an https:, http:, mailto: or tel: address, or a site-relative path starting with /";

// Characters no address may hold, wherever they are: whitespace, controls, and what RFC 3986 never allows (a browser
// reads a backslash as a slash, so "/\evil.example/" would leave the site).
const FORBIDDEN = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}<>"`{}|\\^]/u;
// After the first "/" of a site-relative path: an RFC 3986 path character, so never a second "/" or "\".
const SITE_RELATIVE = /^\/(?:$|[A-Za-z0-9\-._~!$&'()*+,;=:@%])/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * Why an address is not allowed, in the editor's words, or undefined when it is.
 * @example urlProblem("/\\evil.example/") → "starts with /\\, which browsers read as another site"
 */
export function urlProblem(value: string): string | undefined {
  if (value === "") return "is empty";
  const bad = FORBIDDEN.exec(value)?.[0];
  if (bad !== undefined) return /\s/u.test(bad) ? "has a space or line break in it" : `has the character ${describe(bad)}, which cannot be part of a web address`;
  if (value.startsWith("/")) return SITE_RELATIVE.test(value) ? undefined : `starts with ${value.slice(0, 2)}, which browsers read as the address of another site`;
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  if (scheme === undefined) return "is not a full address (it should start with https://) nor a site-relative path (starting with /)";
  if (scheme === "mailto") return /^mailto:[^@/?]+@[^@/?]+\.[^@/?]+(?:\?.*)?$/i.test(value) ? undefined : "is not a complete email address after mailto:";
  if (scheme === "tel") return /^tel:\+?[0-9][0-9().-]*$/i.test(value) ? undefined : "is not a phone number after tel: (write digits only, e.g. tel:+442079460000)";
  if (scheme !== "https" && scheme !== "http") return `uses "${scheme}:"`;
  if (!/^https?:\/\/[^/?#]/i.test(value)) return `should start with ${scheme}:// and the name of the site`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "is not a complete web address";
  }
  if (url.hostname === "") return "has no site name after //";
  if (url.username !== "" || url.password !== "" || /^https?:\/\/[^/?#]*@/i.test(value)) return "has a user name or password in it, which would be published";
  return undefined;
}

/** True for https, http, mailto and tel addresses and site-relative paths; false for javascript:, data: and the rest. */
export function isAllowedUrl(value: string): boolean {
  return urlProblem(value) === undefined;
}

/** True for a site-relative path, the only kind of image address a page may load. */
export function isSiteRelativeUrl(value: string): boolean {
  return value.startsWith("/") && isAllowedUrl(value);
}

/** True for a full https:// address. */
export function isHttpsUrl(value: string): boolean {
  return /^https:/i.test(value) && isAllowedUrl(value);
}

/** A character as an editor can find it: "U+001B" for the invisible ones, quoted for the rest. */
export function describe(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return /[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Cn}]/u.test(character) ? code : `"${character}" (${code})`;
}
