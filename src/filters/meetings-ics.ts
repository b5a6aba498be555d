// The calendar file's content; during `npm run build` it is made on the site writer's thread, alongside the pages.
import { calendarInput, meetingsIcs as makeCalendar } from "../calendar/meetings-ics.ts";
import type { Partnership } from "../model/graph.ts";
import { activeSiteWriter } from "../output/site-writer.ts";

/** @example {{ partnership | meetingsIcs(pageUrl, buildDate) | safe }} */
export async function meetingsIcs(partnership: Partnership, pageUrl: string, stamp: Date): Promise<string> {
  const input = calendarInput(partnership);
  const writer = activeSiteWriter();
  return writer ? writer.calendar(input, pageUrl, stamp) : makeCalendar(input, pageUrl, stamp);
}
