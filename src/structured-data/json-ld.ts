// schema.org JSON-LD, so search engines and other services read each partnership as the organisation it is.
import type { Partnership, SiteGraph } from "../model/graph.ts";

type Thing = Record<string, unknown>;

/** Serialises for a <script type="application/ld+json"> block; "<" is escaped so no text can close the element. */
export function jsonLdScript(thing: Thing): string {
  return JSON.stringify(thing).replace(/</g, "\\u003c");
}

/**
 * A partnership as a schema.org GovernmentOrganization, saying no more than its page does.
 * @param root the site's absolute root address, path prefix included
 */
export function partnershipJsonLd(p: Partnership, root: string): Thing {
  const link = (path: string) => new URL(path.replace(/^\//, ""), root).href;
  const organisation = (o: Partnership) => ({ "@type": "GovernmentOrganization", name: o.name, url: link(o.url) });
  return {
    "@context": "https://schema.org",
    ...organisation(p),
    description: p.data.summary,
    areaServed: { "@type": "AdministrativeArea", name: p.area.name },
    ...(p.data.established && { foundingDate: p.data.established }),
    ...(p.isDissolved && { dissolutionDate: p.data.dissolved }),
    ...(p.parent && { parentOrganization: organisation(p.parent) }),
    ...(p.children.length > 0 && { subOrganization: p.children.map(organisation) }),
    ...(p.data.members && { member: p.data.members.map((m) => ({ "@type": "Organization", name: m.name, ...(m.url && { url: m.url }) })) }),
  };
}

/** The home page as a schema.org WebSite. */
export function websiteJsonLd(graph: SiteGraph, root: string): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: graph.site.title,
    description: graph.site.description,
    url: root,
    inLanguage: graph.site.language,
    publisher: { "@type": "Organization", name: graph.site.publisher.name, email: graph.site.publisher.email, ...(graph.site.publisher.url && { url: graph.site.publisher.url }) },
  };
}
