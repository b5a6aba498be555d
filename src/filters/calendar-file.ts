// A partnership's calendar file, made once per build: its page states the file's size, and the file itself is a page too.
import { calendarInput, meetingsIcs } from "../calendar/meetings-ics.ts";
import type { Partnership } from "../model/graph.ts";

// Keyed by the partnership's data, which one build's graph shares with every page (a new build reads new data objects).
const made = new WeakMap<object, { pageUrl: string; stamp: number; text: string }>();

/** The iCalendar text of a partnership's meetings, as `meetingsIcs` writes it for this page address and build moment. */
export function calendarFile(partnership: Partnership, pageUrl: string, stamp: Date): string {
  const known = made.get(partnership.data);
  if (known && known.pageUrl === pageUrl && known.stamp === stamp.getTime()) return known.text;
  const text = meetingsIcs(calendarInput(partnership), pageUrl, stamp);
  made.set(partnership.data, { pageUrl, stamp: stamp.getTime(), text });
  return text;
}
