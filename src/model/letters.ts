// The A to Z's letters: which /a-z/<letter>/ page lists a partnership, decided by the first letter or digit of its name.

export interface Letter {
  /** The address segment: a to z, 0-9 for digits, other for names that start with neither (another script). */
  slug: string;
  /** As shown: "A", "0 to 9", "Other". */
  label: string;
  url: string;
}

const LABELS: Record<string, string> = { "0-9": "0 to 9", other: "Other" };

/** "Émile's Forum" is under E, "'Our Place' Panel" under O, "2030 Board" under 0-9, "Шкільна рада" under Other. */
export function letterOf(name: string): Letter {
  // Accents come off (É is E), and leading quotes or brackets are skipped.
  const first = /[\p{L}\p{N}]/u.exec(name.normalize("NFD"))?.[0] ?? "";
  const slug = /[0-9]/.test(first) ? "0-9" : /[a-z]/i.test(first) ? first.toLowerCase() : "other";
  return { slug, label: LABELS[slug] ?? slug.toUpperCase(), url: `/a-z/${slug}/` };
}
