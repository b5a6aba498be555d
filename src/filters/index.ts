// Every template filter, named as templates call it; the config registers them in a loop.
export { absoluteUrl } from "./absolute-url.ts";
export { dateInWords } from "./date-in-words.ts";
export { documentLabel } from "./document-label.ts";
export { characteristicName, partnershipType, partnershipTypeMeaning, sectorName } from "./labels.ts";
export { mailtoUrl } from "./mailto-url.ts";
export { markdown, markdownInline } from "./markdown.ts";
export { fitsPageBudget } from "./fits-page-budget.ts";
export { noBreak } from "./no-break.ts";
export { planPeriod } from "./plan-period.ts";
export { timeInWords } from "./time-in-words.ts";
// {{ partnership | meetingsIcs(pageUrl, buildDate) | safe }}: the calendar file, made once per build.
export { calendarFile as meetingsIcs } from "./calendar-file.ts";
export { jsonSchema } from "../model/json-schema.ts";
export { jsonLdScript, partnershipJsonLd, websiteJsonLd } from "../structured-data/json-ld.ts";
export { fileSize } from "./file-size.ts";
export { atomFeed, feedSize, openDataJson, openDataSize } from "./site-downloads.ts";
export { calendarSize } from "./calendar-size.ts";
export { isSiteRoot } from "./is-site-root.ts";
export { otherRelated } from "./other-related.ts";
export { placeName } from "./place-name.ts";
export { complianceStatus } from "../accessibility/compliance.ts";
