// A document link that is only a website's home page (https://www.hillingdon.gov.uk) cannot be the PDF it names.

/** @example isSiteRoot("https://www.hillingdon.gov.uk/") → true; isSiteRoot("https://www.hillingdon.gov.uk/aims.pdf") → false */
export function isSiteRoot(address: string): boolean {
  if (address === "/") return true;
  try {
    const url = new URL(address);
    return (url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/" && url.search === "";
  } catch {
    return false;
  }
}
