// A partnership's meetings as an iCalendar file (RFC 5545), so residents can add them to their own calendars.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Partnership } from "../model/graph.ts";
import type { MeetingData } from "../model/schema.ts";
import { EUROPE_LONDON_VTIMEZONE } from "./europe-london.ts";

/** What a calendar is made from: plain data, so a worker thread can make it too. */
export interface CalendarInput {
  slug: string;
  name: string;
  meetings: MeetingData[];
}

export function calendarInput(partnership: Partnership): CalendarInput {
  return { slug: partnership.slug, name: partnership.name, meetings: partnership.data.meetings ?? [] };
}

/**
 * Every meeting of one partnership, in UK local time; cancelled meetings are marked CANCELLED.
 * @param pageUrl the partnership page's absolute address, used for the calendar's URL and the events' UID host
 * @param stamp the build's moment, so two builds of one commit give the same file
 */
export function meetingsIcs(partnership: CalendarInput, pageUrl: string, stamp: Date): string {
  const host = new URL(pageUrl).hostname;
  const calendar = ical({
    name: `${partnership.name} meetings`,
    prodId: { company: host, product: "local-partnerships", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    url: pageUrl,
  });
  const uids = new Set<string>();
  for (const meeting of partnership.meetings) {
    const base = `${partnership.slug}-${meeting.date.replaceAll("-", "")}${meeting.time ? `T${meeting.time.replace(":", "")}` : ""}`;
    let uid = `${base}@${host}`;
    for (let n = 2; uids.has(uid); n++) uid = `${base}-${n}@${host}`;
    uids.add(uid);
    const title = meeting.title ?? `${partnership.name} meeting`;
    calendar.createEvent({
      id: uid,
      stamp,
      // A local time string (no Z) with the calendar's time zone is written as TZID=Europe/London local time.
      start: `${meeting.date}T${meeting.time ?? "00:00"}:00`,
      timezone: "Europe/London",
      allDay: meeting.time === undefined,
      summary: meeting.cancelled ? `Cancelled: ${title}` : title,
      location: meeting.location ?? null,
      url: meeting.url ? new URL(meeting.url, pageUrl).href : pageUrl,
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator writes TZID per event but only adds a VTIMEZONE for a calendar-wide zone, which would also move DTSTAMP off UTC.
  const text = calendar.toString().replace("BEGIN:VEVENT", `${EUROPE_LONDON_VTIMEZONE}\r\nBEGIN:VEVENT`);
  return `${text}\r\n`;
}
