// The site's origin (https://host) from site.yaml, so the stylesheet can print links on this site with their full address.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";

/** @example siteOrigin("_data") → "https://partnerships.example.org.uk"; undefined when site.yaml has no usable url (the build reports that itself). */
export function siteOrigin(dataDir: string): string | undefined {
  try {
    const site = load(readFileSync(join(dataDir, "site.yaml"), "utf8")) as { url?: unknown } | null;
    const url = new URL(String(site?.url));
    return url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
