// The calendar file's content: a pure function of one partnership, rendered like any other page.
import { calendarInput, meetingsIcs as makeCalendar } from "../calendar/meetings-ics.ts";
import type { Partnership } from "../model/graph.ts";

/** @example {{ partnership | meetingsIcs(pageUrl, buildDate) | safe }} */
export function meetingsIcs(partnership: Partnership, pageUrl: string, stamp: Date): string {
  return makeCalendar(calendarInput(partnership), pageUrl, stamp);
}
