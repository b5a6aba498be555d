// What the example site that ships in _data/ is, so a council's own site can be told apart from it and never inherit its claims.

/** The example site's own address, publisher email and manual audit: claims that are true only of the example. */
export const EXAMPLE_SITE = {
  title: "London Local Partnerships",
  url: "https://partnerships.example.org.uk",
  email: "accessibility@partnerships.example.org.uk",
  audit: { date: "2026-12-01", by: "an accessibility specialist working with the London Local Partnerships team" },
} as const;

/** The example's data files, by folder under _data (the seeds: three boroughs, their partnerships and one statement). */
export const EXAMPLE_FILES: Readonly<Record<"areas" | "partnerships" | "statements", readonly string[]>> = {
  areas: ["ealing", "hillingdon", "tower-hamlets"],
  partnerships: [
    "child-sexual-abuse-subgroup",
    "domestic-abuse-subgroup",
    "ealing-local-strategic-partnership",
    "health-and-wellbeing-board",
    "hillingdon-partners",
    "hillingdon-safeguarding-partnership",
    "joint-strategic-safeguarding-and-trafficking-subgroup",
    "practice-development-forum",
    "safeguarding-quality-and-impact-board",
    "safer-hillingdon-partnership",
    "strategic-high-risk-and-vulnerability-panel",
    "strong-and-active-communities-partnership",
    "stronger-families",
    "tower-hamlets-partnership",
  ],
  statements: ["hillingdon-partners-equalities-statement"],
};

/** The example's address, written with or without its final slash. */
export function isExampleUrl(url: unknown): boolean {
  return typeof url === "string" && url.replace(/\/+$/, "").toLowerCase() === EXAMPLE_SITE.url;
}

export function isExampleEmail(email: unknown): boolean {
  return typeof email === "string" && email.trim().toLowerCase() === EXAMPLE_SITE.email;
}

/** An accessibility record whose manual audit is the example's: same day, same auditor. */
export function hasExampleAudit(record: unknown): boolean {
  const audit = (record as { manual_audit?: { date?: unknown; by?: unknown } } | null | undefined)?.manual_audit;
  return audit?.date === EXAMPLE_SITE.audit.date && audit?.by === EXAMPLE_SITE.audit.by;
}
