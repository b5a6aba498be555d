// Contract values (board, faith, gender-reassignment) shown in plain words, from the one schema's label tables.
import { PARTNERSHIP_TYPES, PROTECTED_CHARACTERISTICS, SECTORS } from "../model/schema.ts";

/** @example partnershipType("theme-group") → "Theme group" */
export const partnershipType = (type: keyof typeof PARTNERSHIP_TYPES): string => PARTNERSHIP_TYPES[type];

/** @example sectorName("voluntary") → "Voluntary sector" */
export const sectorName = (sector: keyof typeof SECTORS): string => SECTORS[sector];

/** @example characteristicName("religion-or-belief") → "Religion or belief" */
export const characteristicName = (characteristic: keyof typeof PROTECTED_CHARACTERISTICS): string => PROTECTED_CHARACTERISTICS[characteristic];
