// A partnership's meetings as an iCalendar file (RFC 5545), so residents can add them to their own calendars.
import { escape } from "ical-generator";
import type { Partnership } from "../model/graph.ts";
import type { MeetingData } from "../model/schema.ts";
import { EUROPE_LONDON_VTIMEZONE } from "./europe-london.ts";
import { foldLines } from "./fold-lines.ts";

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
 * The lines are written here from the data's own date and time text, never through a Date in the build machine's
 * time zone, so a meeting at 02:30 is 02:30 in London even where that hour does not exist locally.
 * @param pageUrl the partnership page's absolute address, used for the calendar's URL and the events' UID host
 * @param stamp the build's moment, so two builds of one commit give the same file
 */
export function meetingsIcs(partnership: CalendarInput, pageUrl: string, stamp: Date): string {
  const host = new URL(pageUrl).hostname;
  const dtstamp = `${stamp.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "")}Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${host}//local-partnerships//EN`,
    `URL:${pageUrl}`,
    "METHOD:PUBLISH",
    `NAME:${text(`${partnership.name} meetings`)}`,
    `X-WR-CALNAME:${text(`${partnership.name} meetings`)}`,
  ];
  if (partnership.meetings.length > 0) lines.push(EUROPE_LONDON_VTIMEZONE);
  const uids = new Set<string>();
  for (const meeting of partnership.meetings) {
    const day = meeting.date.replaceAll("-", "");
    const base = `${partnership.slug}-${day}${meeting.time ? `T${meeting.time.replace(":", "")}` : ""}`;
    let uid = `${base}@${host}`;
    for (let n = 2; uids.has(uid); n++) uid = `${base}-${n}@${host}`;
    uids.add(uid);
    const title = meeting.title ?? `${partnership.name} meeting`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      "SEQUENCE:0",
      `DTSTAMP:${dtstamp}`,
      ...(meeting.time
        ? [`DTSTART;TZID=Europe/London:${day}T${meeting.time.replace(":", "")}00`]
        : [`DTSTART;VALUE=DATE:${day}`, "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE"]),
      `SUMMARY:${text(meeting.cancelled ? `Cancelled: ${title}` : title)}`,
      ...(meeting.location ? [`LOCATION:${text(meeting.location)}`] : []),
      `URL;VALUE=URI:${meeting.url ? new URL(meeting.url, pageUrl).href : pageUrl}`,
      `STATUS:${meeting.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${foldLines(lines.join("\r\n"))}\r\n`;
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and every line break escaped, so no text can start a line of its own. */
function text(value: string): string {
  // Other control characters cannot be written in a TEXT value at all (the schema rejects them before this).
  return escape(value.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""), false);
}
