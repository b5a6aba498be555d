// A calendar file's size beside its link, so readers know what they download.
import type { Partnership } from "../model/graph.ts";
import { calendarFile } from "./calendar-file.ts";
import { fileSize } from "./file-size.ts";

/** @example {{ partnership | calendarSize(pageUrl, buildDate) }} → "1 KB" */
export function calendarSize(partnership: Partnership, pageUrl: string, stamp: Date): string {
  return fileSize(calendarFile(partnership, pageUrl, stamp));
}
