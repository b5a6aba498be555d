// A partnership's meetings as an iCalendar file beside its page (RFC 5545), the same text whose size the page states.
import type { PageData, TemplateFunctions } from "../eleventy/template-context.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { calendarFile } from "../filters/calendar-file.ts";
import type { Partnership } from "../model/graph.ts";

type CalendarPage = PageData & { partnership: Partnership };

export const data = {
  pagination: { data: "graph.partnershipsWithMeetings", size: 1, alias: "partnership" },
  permalink: (data: CalendarPage) => data.partnership.calendarUrl,
  eleventyExcludeFromCollections: true,
};

export function render(this: TemplateFunctions, { partnership, graph, buildDate }: CalendarPage): string {
  return calendarFile(partnership, absoluteUrl(this.sitePath(partnership.url), graph.site.url), buildDate);
}
