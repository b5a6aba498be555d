// Every template filter, named as templates call it; the config registers them in a loop.
export { absoluteUrl } from "./absolute-url.ts";
export { dateInWords } from "./date-in-words.ts";
export { documentLabel } from "./document-label.ts";
export { characteristicName, partnershipType, sectorName } from "./labels.ts";
export { mailtoUrl } from "./mailto-url.ts";
export { markdown, markdownInline } from "./markdown.ts";
export { noBreak } from "./no-break.ts";
export { planPeriod } from "./plan-period.ts";
export { timeInWords } from "./time-in-words.ts";
export { meetingsIcs } from "./meetings-ics.ts";
export { openDataJson } from "../open-data/open-data.ts";
export { jsonSchema } from "../model/json-schema.ts";
export { jsonLdScript, partnershipJsonLd, websiteJsonLd } from "../structured-data/json-ld.ts";
