// Times in the GOV.UK style ("6:30pm", "midday"), which reads better aloud than "18:30".

/** @example timeInWords("18:30") → "6:30pm"; timeInWords("12:00") → "midday"; timeInWords("09:00") → "9am" */
export function timeInWords(time: string): string {
  const [hours, minutes] = time.split(":").map(Number);
  if (minutes === 0 && hours === 12) return "midday";
  if (minutes === 0 && hours === 0) return "midnight";
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}${hours < 12 ? "am" : "pm"}`;
}
