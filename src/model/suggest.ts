// "Did you mean …?" for a misspelt field name, enum value or slug.

/** The closest candidate within a small edit distance, or else the one candidate the input is the first word of; undefined when nothing is close. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(input.length / 3));
  const startingWith: string[] = [];
  const start = `${input.toLowerCase()}-`;
  for (const candidate of candidates) {
    if (input.length >= 3 && candidate.toLowerCase().startsWith(start)) startingWith.push(candidate);
    if (Math.abs(candidate.length - input.length) > limit) continue;
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (bestDistance <= limit) return best;
  // "religion" for religion-or-belief, "delivery" for delivery-group: the short form editors type.
  return startingWith.length === 1 ? startingWith[0] : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** At most this many existing slugs are listed when none is close to what was written. */
export const MOST_LISTED = 10;

/**
 * The slugs that do exist, for a message whose slug is close to none: the first ten in order, and how many more.
 * @example existingSlugs("area", ["ealing", "camden"]) → "; the areas are: camden, ealing"
 */
export function existingSlugs(kind: string, slugs: Iterable<string>): string {
  const all = [...slugs].sort();
  if (all.length === 0) return `; there are no ${kind}s yet`;
  const more = all.length - MOST_LISTED;
  return `; the ${kind}s are: ${all.slice(0, MOST_LISTED).join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
