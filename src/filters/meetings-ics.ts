// The calendar file's content: a pure function of one partnership, rendered like any other page.
import type { Partnership } from "../model/graph.ts";
import { calendarFile } from "./calendar-file.ts";

/** @example {{ partnership | meetingsIcs(pageUrl, buildDate) | safe }} */
export function meetingsIcs(partnership: Partnership, pageUrl: string, stamp: Date): string {
  return calendarFile(partnership, pageUrl, stamp);
}
