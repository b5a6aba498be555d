// Dates written YYYY, YYYY-MM or YYYY-MM-DD name a span of days; comparing them needs the span's first or last day.

/** The first day a partial date covers. @example startOf("2018") → "2018-01-01"; startOf("2018-04") → "2018-04-01" */
export function startOf(date: string): string {
  const [y, m = "01", d = "01"] = date.split("-");
  return `${y}-${m}-${d}`;
}

/** The last day a partial date covers. @example endOf("2022") → "2022-12-31"; endOf("2024-02") → "2024-02-29" */
export function endOf(date: string): string {
  const [y, m, d] = date.split("-");
  if (d) return date;
  const month = m ? Number(m) : 12;
  const lastDay = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
}
