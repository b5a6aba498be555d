// An area's name as it reads in a sentence: "in the London Borough of Hillingdon", but "in Ealing".

/** @example placeName({ name: "London Borough of Hillingdon" }) → "the London Borough of Hillingdon"; placeName({ name: "Ealing" }) → "Ealing" */
export function placeName(area: { name: string }): string {
  return /^((London|Royal|Metropolitan) Borough|City|Borough|County|District) of\b/.test(area.name) ? `the ${area.name}` : area.name;
}
