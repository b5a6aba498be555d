// The date a build is "made on": now, or SOURCE_DATE_EPOCH so two builds of one commit give the same pages.

/** The build's moment; SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention) overrides the clock. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1 January 1970, not "${epoch}"`);
    return new Date(Number(epoch) * 1000);
  }
  return new Date();
}

/** The calendar date (YYYY-MM-DD) of a moment in UK local time. */
export function ukDate(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(moment);
}
