// The open-data file /data/partnerships.json: every area, partnership and statement, in the contract's own field names.
import type { Area, Partnership, SiteGraph, Statement } from "../model/graph.ts";

/** Bumped when a field is removed or changes meaning; adding fields keeps the version. */
export const OPEN_DATA_VERSION = 1;

/**
 * The whole graph as JSON: contract fields as editors wrote them (Markdown stays Markdown), plus links and derived facts.
 * @param root the site's absolute root address, path prefix included, e.g. https://partnerships.example.org.uk/
 */
export function openDataJson(graph: SiteGraph, root: string): string {
  const link = (path: string) => new URL(path.replace(/^\//, ""), root).href;
  // Editors may write site-relative links; open-data users get every address absolute.
  const absolute = <T extends { url?: string }>(item: T): T => (item.url?.startsWith("/") ? { ...item, url: link(item.url) } : item);
  const area = (a: Area) => ({
    slug: a.slug,
    url: link(a.url),
    ...a.data,
    partnerships: a.partnerships.map((p) => p.slug),
    former_groups: a.formerGroups.map((p) => p.slug),
  });
  const partnership = (p: Partnership) => ({
    slug: p.slug,
    url: link(p.url),
    ...p.data,
    ...(p.data.members && { members: p.data.members.map(absolute) }),
    ...(p.data.meetings && { meetings: p.data.meetings.map(absolute) }),
    ...(p.data.documents && { documents: p.data.documents.map(absolute) }),
    ...(p.data.contact && { contact: absolute(p.data.contact) }),
    ...(p.data.plans && { plans: p.plans.map((plan) => ({ ...plan.data, ...(plan.data.document && { document: absolute(plan.data.document) }), ended: plan.ended })) }),
    dissolved: p.data.dissolved ?? null,
    children: p.children.map((c) => c.slug),
    former_children: p.formerChildren.map((c) => c.slug),
    last_updated: p.updated ?? null,
    calendar_url: p.calendarUrl ? link(p.calendarUrl) : null,
    current_statement: p.currentStatement?.slug ?? null,
  });
  const statement = (s: Statement) => ({
    slug: s.slug,
    url: link(s.url),
    ...s.data,
    ...(s.data.document && { document: absolute(s.data.document) }),
    ...(s.data.translations && {
      translations: s.translations.map((t) => ({ ...t.data, ...(t.data.document && { document: absolute(t.data.document) }), url: link(t.url), easy_read_url: t.easyRead ? link(t.easyRead.url) : null })),
    }),
    easy_read_url: s.easyRead ? link(s.easyRead.url) : null,
    review_by: s.reviewBy,
    review_overdue: s.reviewOverdue,
    current: s.isCurrent,
    coverage: Object.fromEntries(s.coverage.map((c) => [c.characteristic, c.covered ? "covered" : "not-named"])),
    supersedes: s.supersedes?.slug ?? null,
    superseded_by: s.supersededBy?.slug ?? null,
  });
  return JSON.stringify({
    version: OPEN_DATA_VERSION,
    generated: graph.today,
    site: { ...graph.site, url: root },
    areas: graph.areas.map(area),
    partnerships: graph.partnerships.map(partnership),
    statements: graph.statements.map(statement),
  }, null, 1);
}
