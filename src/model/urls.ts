// Which web addresses the contract allows, shared by the schema and the Markdown renderer.

export const ALLOWED_URL = "an https:, http:, mailto: or tel: address, or a site-relative path starting with /";

/** True for https, http, mailto and tel addresses and site-relative paths; false for javascript:, data: and the rest. */
export function isAllowedUrl(value: string): boolean {
  if (/^\/(?!\/)/.test(value)) return true;
  if (/^mailto:\S+$/i.test(value) || /^tel:[0-9+()\- ]+$/i.test(value)) return true;
  return isWebUrl(value, ["https:", "http:"]);
}

/** True for a full https:// address. */
export function isHttpsUrl(value: string): boolean {
  return isWebUrl(value, ["https:"]);
}

function isWebUrl(value: string, protocols: string[]): boolean {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}
