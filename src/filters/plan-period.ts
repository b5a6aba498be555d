// A plan's period in words ("2018 to 2022", "until 2020"), the way its own title would say it.
import type { PlanData } from "../model/schema.ts";
import { dateInWords } from "./date-in-words.ts";

/** @example planPeriod({ from: "2018", to: "2022" }) → "2018 to 2022"; planPeriod({ to: "2020" }) → "until 2020" */
export function planPeriod(plan: Pick<PlanData, "from" | "to">): string {
  if (!plan.from) return `until ${dateInWords(plan.to)}`;
  if (plan.from === plan.to) return dateInWords(plan.to);
  return `${dateInWords(plan.from)} to ${dateInWords(plan.to)}`;
}
