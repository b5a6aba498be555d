// Dates read as words ("6 November 2018"), the GOV.UK style, never as numbers a reader must decode.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** @example dateInWords("2018-11-06") → "6 November 2018"; dateInWords("2002-01") → "January 2002" */
export function dateInWords(date: string): string {
  const [year, month, day] = String(date).split("-");
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
