// Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), as ical-generator's foldLines does, without its cost:
// it makes a TextEncoder for every character, 6 of the 46 CPU seconds of a profiled 10,000-partnership build.

const SURROGATE = /[\ud800-\udfff]/;

/** The same output as ical-generator 10.2's foldLines: a line over 74 octets gets CRLF and a space before the octet that passes 74. */
export function foldLines(text: string): string {
  return text
    .split("\r\n")
    // Most lines are short: counted whole, unless a surrogate is in it (a lone one counts apart from what follows it).
    .map((line) => (Buffer.byteLength(line, "utf8") <= 74 && !SURROGATE.test(line) ? line : foldLine(line)))
    .join("\r\n");
}

function foldLine(line: string): string {
  let folded = "";
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    let character = line.charAt(i);
    // A high surrogate is taken with the unit after it, whatever that is, as ical-generator does.
    if (character >= "\ud800" && character <= "\udbff") character += line.charAt(++i);
    const size = Buffer.byteLength(character, "utf8");
    octets += size;
    if (octets > 74) {
      folded += "\r\n ";
      octets = size;
    }
    folded += character;
  }
  return folded;
}
