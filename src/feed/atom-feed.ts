// The Atom feed (RFC 4287) of the latest changes, made from the graph in one place, so the footer can say how big it is.
import { absoluteUrl } from "../filters/absolute-url.ts";
import { dateInWords } from "../filters/date-in-words.ts";
import type { SiteGraph } from "../model/graph.ts";

/** XML text and attribute values: the five characters XML gives meaning to, as entities. */
function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** @example atomFeed(graph, "https://partnerships.example.org.uk/") → '<?xml version="1.0" encoding="utf-8"?>\n<feed …' */
export function atomFeed(graph: SiteGraph, root: string): string {
  const { site, updates, today } = graph;
  // Addresses in the graph are site-relative ("/a-z/"); the root already carries any path prefix.
  const link = (address: string) => absoluteUrl(address.replace(/^\//, ""), root);
  const entries = updates.map((entry) => {
    const href = link(entry.url);
    const summary = `${entry.closed ? `Closed on ${dateInWords(entry.closed)}. ` : ""}${entry.summary}`;
    const lang = (language: string | undefined) => (language ? ` xml:lang="${xml(language)}"` : "");
    return `<entry>
<title${lang(entry.language)}>${xml(entry.title)}</title>
<link href="${xml(href)}"/>
<id>${xml(href)}#${entry.updated}</id>
<updated>${entry.updated}T00:00:00Z</updated>
<summary${lang(entry.summaryLanguage)}>${xml(summary)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.language)}">
<title>${xml(site.title)}</title>
<subtitle>${xml(site.description)}</subtitle>
<link href="${xml(link("/feed.xml"))}" rel="self"/>
<link href="${xml(root)}"/>
<id>${xml(root)}</id>
<updated>${updates[0]?.updated ?? today}T00:00:00Z</updated>
<author><name>${xml(site.publisher.name)}</name><email>${xml(site.publisher.email)}</email></author>
${entries.join("\n")}${entries.length ? "\n" : ""}</feed>`;
}
