// Contract values (board, faith, gender-reassignment) shown in plain words, from the one schema's label tables.
import { PARTNERSHIP_TYPES, PROTECTED_CHARACTERISTICS, SECTORS } from "../model/schema.ts";

/** @example partnershipType("theme-group") → "Theme group" */
export const partnershipType = (type: keyof typeof PARTNERSHIP_TYPES): string => PARTNERSHIP_TYPES[type];

/** @example sectorName("voluntary") → "Voluntary sector" */
export const sectorName = (sector: keyof typeof SECTORS): string => SECTORS[sector];

/** @example characteristicName("religion-or-belief") → "Religion or belief" */
export const characteristicName = (characteristic: keyof typeof PROTECTED_CHARACTERISTICS): string => PROTECTED_CHARACTERISTICS[characteristic];

/** What each kind of group is, in plain words, for readers who do not know the jargon. */
const TYPE_MEANINGS: Record<keyof typeof PARTNERSHIP_TYPES, string> = {
  "local-strategic-partnership": "the council, other public services, businesses and community groups planning together for the whole area",
  board: "a group that makes decisions about one subject",
  partnership: "organisations that work together on one subject",
  "theme-group": "a group that leads one part (a theme) of a bigger partnership's plan",
  subgroup: "a smaller group that does part of a bigger group's work",
  "delivery-group": "a group set up to do one job; it closes when the job is done",
  forum: "a group where organisations meet to share news and ideas",
  panel: "a group that looks closely at cases or problems and agrees what to do",
};

/** @example partnershipTypeMeaning("delivery-group") → "a group set up to do one job; it closes when the job is done" */
export const partnershipTypeMeaning = (type: keyof typeof PARTNERSHIP_TYPES): string => TYPE_MEANINGS[type];
