// Every filter the Nunjucks pages call, named as they call it; the config registers them in a loop. The TypeScript templates import what they use.
export { absoluteUrl } from "./absolute-url.ts";
export { dateInWords } from "./date-in-words.ts";
export { characteristicName, partnershipType } from "./labels.ts";
export { markdown } from "./markdown.ts";
export { fitsPageBudget } from "./fits-page-budget.ts";
export { jsonSchema } from "../model/json-schema.ts";
export { fileSize } from "./file-size.ts";
export { atomFeed, feedSize, openDataJson, openDataSize } from "./site-downloads.ts";
export { placeName } from "./place-name.ts";
export { complianceStatus } from "../accessibility/compliance.ts";
export { languageAttributes, ownWords } from "./own-words.ts";
export { contentSecurityPolicy } from "./content-security-policy.ts";
