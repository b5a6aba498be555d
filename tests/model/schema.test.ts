// Each field rule of the content model (src/model/schema.ts), one failing case per rule, as an editor would meet it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkData, lines, MINIMAL_FILES } from "../helpers/data-folder.ts";
import { expectError, expectNoErrors, expectOneError } from "../helpers/errors.ts";

// The board is a leaf of the minimal site: nothing names it, so breaking it breaks nothing else.
const BOARD = "partnerships/testshire-board.yaml";
const BOARD_FILE = `_data/${BOARD}`;
const BOARD_LINES = ["name: Testshire Board", "area: testshire", "type: board", "parent: testshire-partners", "summary: Reports to Testshire Partners."];
const board = (...extra: string[]) => ({ [BOARD]: lines(...BOARD_LINES, ...extra) });

const STATEMENT = "statements/testshire-statement.yaml";
const STATEMENT_FILE = `_data/${STATEMENT}`;
const STATEMENT_LINES = ["partnership: testshire-partners", "title: Testshire Equalities Statement", "signed: 2020-01-15", "statement: We promise equal access."];
const statement = (...extra: string[]) => ({ [STATEMENT]: lines(...STATEMENT_LINES, ...extra) });

const NOT_ALLOWED_LINK = /has a link to "javascript:alert\(1\)", which is not allowed: it uses "javascript:"; links must be an https:, http:, mailto: or tel: address, or a site-relative path/;

test("the minimal site is valid, so every other case fails for its own reason", () => {
  expectNoErrors(checkData({}));
});

// Every required field, left out. Each case is the file without that one line; the error points at the object that lacks it.
const REQUIRED: { file: string; content: string; field: string; line: number }[] = [
  ...["title", "description", "url"].map((field) => ({
    file: "site.yaml",
    content: MINIMAL_FILES["site.yaml"].split("\n").filter((l) => !l.startsWith(`${field}:`)).join("\n"),
    field,
    line: 1,
  })),
  { file: "site.yaml", content: lines("title: T", "description: D", "url: https://partnerships.example.test"), field: "publisher", line: 1 },
  { file: "site.yaml", content: lines("title: T", "description: D", "url: https://partnerships.example.test", "publisher:", "  email: team@example.test"), field: "publisher.name", line: 5 },
  { file: "site.yaml", content: lines("title: T", "description: D", "url: https://partnerships.example.test", "publisher:", "  name: Test Team"), field: "publisher.email", line: 5 },
  { file: "areas/testshire.yaml", content: lines("short_name: Testshire"), field: "name", line: 1 },
  ...["name", "area", "type", "summary"].map((field) => ({
    file: BOARD,
    content: lines(...BOARD_LINES.filter((l) => !l.startsWith(`${field}:`))),
    field,
    line: 1,
  })),
  { file: BOARD, content: lines(...BOARD_LINES, "members:", "  - sector: public"), field: "members[0].name", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "members:", "  - name: Testshire Council"), field: "members[0].sector", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "sections:", "  - body: Text without a heading."), field: "sections[0].heading", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "meetings:", "  - time: '18:30'"), field: "meetings[0].date", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "documents:", "  - url: /a.pdf", "    format: PDF"), field: "documents[0].title", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "documents:", "  - title: Plan", "    format: PDF"), field: "documents[0].url", line: 7 },
  { file: BOARD, content: lines(...BOARD_LINES, "documents:", "  - title: Plan", "    url: /a.pdf"), field: "documents[0].format", line: 7 },
  ...["partnership", "title", "signed", "statement"].map((field) => ({
    file: STATEMENT,
    content: lines(...STATEMENT_LINES.filter((l) => !l.startsWith(`${field}:`))),
    field,
    line: 1,
  })),
  { file: STATEMENT, content: lines(...STATEMENT_LINES, "document:", "  title: Signed copy", "  format: PDF"), field: "document.url", line: 6 },
];

for (const { file, content, field, line } of REQUIRED) {
  test(`${file} without ${field}: "is required but missing"`, () => {
    expectOneError(checkData({ [file]: content }), { file: `_data/${file}`, line, field, message: /^is required but missing/ });
  });
}

test("a file that is a list, not a set of fields, is one error for the file", () => {
  expectOneError(checkData({ [BOARD]: lines("- Testshire Board", "- board") }), { file: BOARD_FILE, line: 1, field: "", message: /must be a set of fields/ });
});

test("wrong type: a number where text is expected", () => {
  expectOneError(checkData({ [BOARD]: lines("name: 42", ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /^must be text/ });
});

test("wrong type: a single value where a list is expected", () => {
  expectOneError(checkData(board("related: testshire-partners")), { file: BOARD_FILE, line: 6, field: "related", message: /^must be a list/ });
});

test("wrong type: size_kb that is not a number", () => {
  const errors = checkData(board("documents:", "  - title: Plan", "    url: /plan.pdf", "    format: PDF", "    size_kb: big"));
  expectOneError(errors, { file: BOARD_FILE, line: 10, field: "documents[0].size_kb", message: /must be a number of kilobytes/ });
});

test("text that is only spaces counts as empty", () => {
  expectOneError(checkData({ [BOARD]: lines("name: '   '", ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /must not be empty/ });
});

test("name: at most 150 characters", () => {
  expectNoErrors(checkData({ [BOARD]: lines(`name: ${"n".repeat(150)}`, ...BOARD_LINES.slice(1)) }));
  expectOneError(checkData({ [BOARD]: lines(`name: ${"n".repeat(151)}`, ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /at most 150 characters/ });
});

test("partnership summary: at most 300 characters", () => {
  expectNoErrors(checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), `summary: ${"s".repeat(300)}`) }));
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), `summary: ${"s".repeat(301)}`) }), { file: BOARD_FILE, line: 5, field: "summary", message: /at most 300 characters/ });
});

test("statement summary: at most 300 characters", () => {
  expectOneError(checkData(statement(`summary: ${"s".repeat(301)}`)), { file: STATEMENT_FILE, line: 5, field: "summary", message: /at most 300 characters/ });
});

test("type: a value outside the list, with the list and a suggestion", () => {
  expectOneError(checkData({ [BOARD]: lines("name: Testshire Board", "area: testshire", "type: bord", "summary: A board.") }), {
    file: BOARD_FILE,
    line: 3,
    field: "type",
    message: /"bord" must be one of: local-strategic-partnership, board, partnership, theme-group, subgroup, delivery-group, forum, panel/,
    suggestion: "board",
  });
});

test("members[].sector: a value outside the list, with a suggestion", () => {
  const errors = checkData(board("members:", "  - name: Testshire Council", "    sector: public", "  - name: Testshire Voluntary Action", "    sector: volunteer"));
  expectOneError(errors, {
    file: BOARD_FILE,
    line: 10,
    field: "members[1].sector",
    message: /"volunteer" must be one of: public, private, voluntary, community, faith, business, residents/,
    suggestion: "voluntary",
  });
});

test("protected_characteristics: a value outside the Equality Act list, with a suggestion", () => {
  expectOneError(checkData(statement("protected_characteristics:", "  - age", "  - sexual-orientaton")), {
    file: STATEMENT_FILE,
    line: 7,
    field: "protected_characteristics[1]",
    message: /"sexual-orientaton" must be one of: age, disability, gender-reassignment, marriage-and-civil-partnership, pregnancy-and-maternity, race, religion-or-belief, sex, sexual-orientation/,
    suggestion: "sexual-orientation",
  });
});

test("protected_characteristics: the same characteristic twice", () => {
  expectOneError(checkData(statement("protected_characteristics:", "  - age", "  - race", "  - age")), {
    file: STATEMENT_FILE,
    line: 8,
    field: "protected_characteristics[2]",
    message: /repeats "age"; list each characteristic once/,
  });
});

test("a date not written YYYY-MM-DD gets one error saying how to write it", () => {
  expectOneError(checkData(board("last_reviewed: 19/06/2023")), { file: BOARD_FILE, line: 6, field: "last_reviewed", message: /must be a date written YYYY-MM-DD, e.g. 2018-11-06/ });
});

test("an impossible date (2023-02-30) is rejected", () => {
  expectOneError(checkData(board("last_reviewed: 2023-02-30")), { file: BOARD_FILE, line: 6, field: "last_reviewed", message: /not a real calendar date/ });
});

test("statement signed: an impossible date (2023-02-30) is rejected", () => {
  expectOneError(checkData({ [STATEMENT]: lines("partnership: testshire-partners", "title: T", "signed: 2023-02-30", "statement: S") }), {
    file: STATEMENT_FILE,
    line: 3,
    field: "signed",
    message: /not a real calendar date/,
  });
});

test("established: YYYY, YYYY-MM and YYYY-MM-DD are allowed; a 13th month is not", () => {
  for (const value of ["2002", "2002-01", "2002-01-31"]) expectNoErrors(checkData(board(`established: ${value}`)));
  expectOneError(checkData(board("established: 2002-13")), { file: BOARD_FILE, line: 6, field: "established", message: /must be a real date written YYYY, YYYY-MM or YYYY-MM-DD/ });
});

test("meetings[].time: 24-hour HH:MM only", () => {
  expectNoErrors(checkData(board("meetings:", "  - date: 2025-01-01", "    time: '00:00'", "  - date: 2025-01-02", "    time: '23:59'")));
  for (const bad of ["6:30pm", "'24:00'", "'18:60'", "'9:30'"]) {
    expectOneError(checkData(board("meetings:", "  - date: 2025-01-01", `    time: ${bad}`)), { file: BOARD_FILE, line: 8, field: "meetings[0].time", message: /must be a time written HH:MM \(24-hour\), e.g. 18:30/ });
  }
});

test("URL fields reject javascript: and data:", () => {
  const cases: [string[], string, number][] = [
    [["members:", "  - name: A", "    sector: public", "    url: javascript:alert(1)"], "members[0].url", 9],
    [["meetings:", "  - date: 2025-01-01", "    url: data:text/html,hello"], "meetings[0].url", 8],
    [["documents:", "  - title: Plan", "    url: JavaScript:alert(1)", "    format: PDF"], "documents[0].url", 8],
    [["contact:", "  url: data:text/html;base64,PHNjcmlwdD4="], "contact.url", 7],
    [["contact:", "  url: //evil.example/"], "contact.url", 7],
  ];
  for (const [extra, field, line] of cases) {
    expectOneError(checkData(board(...extra)), { file: BOARD_FILE, line, field, message: /is not an allowed address: it .*; use an https:, http:, mailto: or tel: address, or a site-relative path/ });
  }
});

test("statement document.url rejects javascript:", () => {
  expectOneError(checkData(statement("document:", "  title: Signed copy", "  url: javascript:alert(1)", "  format: PDF")), {
    file: STATEMENT_FILE,
    line: 7,
    field: "document.url",
    message: /is not an allowed address/,
  });
});

test("URL fields accept https:, http:, mailto:, tel: and site-relative addresses", () => {
  expectNoErrors(checkData(board(
    "members:",
    "  - name: A",
    "    sector: public",
    "    url: http://www.example.gov.uk/",
    "  - name: B",
    "    sector: public",
    "    url: mailto:b@example.test",
    "meetings:",
    "  - date: 2025-01-01",
    "    url: /meetings/2025-01-01",
    "contact:",
    "  url: tel:+442079460000",
    "  email: board@example.test",
  )));
});

test("Markdown links to javascript: and data: are errors in every Markdown field", () => {
  const cases: [string[], string, number][] = [
    [["description: 'See [the plan](javascript:alert(1)).'"], "description", 6],
    [["priorities:", "  - '[Act](javascript:alert(1))'"], "priorities[0]", 7],
    [["sections:", "  - heading: More", "    body: '[x](javascript:alert(1))'"], "sections[0].body", 8],
    [["sections:", "  - heading: More", "    items:", "      - '[x](javascript:alert(1))'"], "sections[0].items[0]", 9],
  ];
  for (const [extra, field, line] of cases) expectOneError(checkData(board(...extra)), { file: BOARD_FILE, line, field, message: NOT_ALLOWED_LINK });
  expectOneError(checkData({ [STATEMENT]: lines(...STATEMENT_LINES.slice(0, 3), "statement: '[x](javascript:alert(1))'") }), { file: STATEMENT_FILE, line: 4, field: "statement", message: NOT_ALLOWED_LINK });
  expectOneError(checkData(statement("commitments:", "  - '[x](javascript:alert(1))'")), { file: STATEMENT_FILE, line: 6, field: "commitments[0]", message: NOT_ALLOWED_LINK });
});

test("a Markdown image with a data: address is an error", () => {
  expectOneError(checkData(board("description: '![chart](data:image/png;base64,AAAA)'")), { file: BOARD_FILE, line: 6, field: "description", message: /has an image from "data:image\/png;base64,AAAA", which is not allowed; images must come from this site/ });
});

test("https-only fields reject http:", () => {
  expectOneError(checkData(board("source_url: http://www.testshire.gov.uk/board")), { file: BOARD_FILE, line: 6, field: "source_url", message: /must be a full https:\/\/ address/ });
  expectOneError(checkData({ "areas/testshire.yaml": lines("name: Borough of Testshire", "council_url: http://www.testshire.gov.uk") }), {
    file: "_data/areas/testshire.yaml",
    line: 2,
    field: "council_url",
    message: /must be a full https:\/\/ address/,
  });
  const site = (url: string, publisherUrl = "https://www.example.test/") =>
    lines("title: T", "description: D", `url: ${url}`, "publisher:", "  name: N", "  email: n@example.test", `  url: ${publisherUrl}`);
  expectOneError(checkData({ "site.yaml": site("http://partnerships.example.test") }), { file: "_data/site.yaml", line: 3, field: "url", message: /must be a full https:\/\/ address/ });
  expectOneError(checkData({ "site.yaml": site("https://partnerships.example.test", "http://www.example.test/") }), { file: "_data/site.yaml", line: 7, field: "publisher.url", message: /must be a full https:\/\/ address/ });
});

test("publisher.email must be an email address", () => {
  const errors = checkData({ "site.yaml": lines("title: T", "description: D", "url: https://partnerships.example.test", "publisher:", "  name: N", "  email: not an address") });
  expectOneError(errors, { file: "_data/site.yaml", line: 6, field: "publisher.email", message: /must be an email address/ });
});

test("language must be a BCP 47 tag; it defaults to en-GB", () => {
  const site = (...extra: string[]) => lines("title: T", "description: D", "url: https://partnerships.example.test", ...extra, "publisher:", "  name: N", "  email: n@example.test");
  expectOneError(checkData({ "site.yaml": site("language: not a language!") }), { file: "_data/site.yaml", line: 4, field: "language", message: /BCP 47/ });
  expectNoErrors(checkData({ "site.yaml": site("language: cy") }));
});

test("review_by before signed is an error", () => {
  expectOneError(checkData(statement("review_by: 2019-12-31")), {
    file: STATEMENT_FILE,
    line: 5,
    field: "review_by",
    message: /\(2019-12-31\) is before the date signed \(2020-01-15\)/,
  });
  expectNoErrors(checkData(statement("review_by: 2020-01-15")));
});

test("quick_exit must be true or false, not words or quoted text", () => {
  for (const value of ["yes please", "'true'", "1"]) {
    expectOneError(checkData(board(`quick_exit: ${value}`)), { file: BOARD_FILE, line: 6, field: "quick_exit", message: /must be true or false/ });
  }
  expectNoErrors(checkData(board("quick_exit: true")));
});

test("sections[].ordered and meetings[].cancelled must be true or false", () => {
  expectOneError(checkData(board("sections:", "  - heading: H", "    ordered: numbered")), { file: BOARD_FILE, line: 8, field: "sections[0].ordered", message: /must be true or false/ });
  expectOneError(checkData(board("meetings:", "  - date: 2025-01-01", "    cancelled: 'yes'")), { file: BOARD_FILE, line: 8, field: "meetings[0].cancelled", message: /must be true or false/ });
});

test("an empty list is an error: leave the field out instead", () => {
  for (const field of ["priorities", "members", "sections", "meetings", "documents", "related"]) {
    expectOneError(checkData(board(`${field}: []`)), { file: BOARD_FILE, line: 6, field, message: /must not be an empty list; leave the field out instead/ });
  }
  expectOneError(checkData(statement("commitments: []")), { file: STATEMENT_FILE, line: 5, field: "commitments", message: /must not be an empty list/ });
});

test("document format must be a short file type", () => {
  expectOneError(checkData(board("documents:", "  - title: Plan", "    url: /plan.pdf", "    format: Portable Document Format")), {
    file: BOARD_FILE,
    line: 9,
    field: "documents[0].format",
    message: /must be a file type such as PDF/,
  });
});

test("a slug field (area, parent) that is not a slug says how to write one", () => {
  expectOneError(checkData({ [BOARD]: lines("name: B", "area: Testshire Borough", "type: board", "summary: S") }), { file: BOARD_FILE, line: 2, field: "area", message: /is not a valid slug/ });
});

test("two problems in one file are both reported", () => {
  const errors = checkData({ [BOARD]: lines("name: Testshire Board", "area: testshire", "type: bord", "summary: S", "sumary: typo") });
  assert.equal(errors.map((e) => e.field).sort(), ["sumary", "type"]);
});

// The contract's "Rules for every file": text on one line, no invisible or broken characters, addresses that stay on the site they name.
const quoted = (value: string) => JSON.stringify(value);

test("a text field may not hold a line break, in any form", () => {
  for (const [value, at] of [["One\nTwo", 4], ["One\r\nBEGIN:VEVENT", 4], ["One\u2028Two", 4], ["One\u0085Two", 4]] as const) {
    expectOneError(checkData({ [BOARD]: lines(`name: ${quoted(value)}`, ...BOARD_LINES.slice(1)) }), {
      file: BOARD_FILE, line: 1, field: "name",
      message: new RegExp(`^has a line break \\(at character ${at}\\); this field is plain text on one line, so write it without \\| or > and join the lines$`),
    });
  }
  expectOneError(checkData({ [BOARD]: lines(...BOARD_LINES.slice(0, 4), "summary: |", "  One line,", "  and another.") }), { file: BOARD_FILE, line: 5, field: "summary", message: /^has a line break/ });
  expectOneError(checkData(statement("legislation:", `  - ${quoted("Equality Act\n2010")}`)), { file: STATEMENT_FILE, line: 6, field: "legislation[0]", message: /^has a line break/ });
});

test("no field may hold a control character; Markdown may hold line breaks and tabs", () => {
  for (const character of ["\u0001", "\u000b", "\u001b", "\u007f", "\u0085".replace("\u0085", "\u009b"), "\t"]) {
    const code = `U\\+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    expectOneError(checkData({ [BOARD]: lines(`name: ${quoted(`Board${character}x`)}`, ...BOARD_LINES.slice(1)) }), {
      file: BOARD_FILE, line: 1, field: "name", message: new RegExp(`^has a control character \\(${code}, at character 6\\), which cannot be shown; delete it`),
    });
  }
  expectOneError(checkData(board(`description: ${quoted("Text\u001b[31m red")}`)), { file: BOARD_FILE, line: 6, field: "description", message: /^has a control character \(U\+001B, at character 5\)/ });
  expectOneError(checkData(board("contact:", `  phone: ${quoted("020\u00007946")}`)), { file: BOARD_FILE, line: 7, field: "contact.phone", message: /^has a control character \(U\+0000/ });
  expectNoErrors(checkData(board(`description: ${quoted("One paragraph.\r\n\r\n\tCode, after a tab.\nAnd more.")}`)));
});

test("a raw control byte in the file is an error too (the quick reader and its fallback agree)", () => {
  expectOneError(checkData({ [BOARD]: lines("name: Board\u0001x", ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /^has a control character \(U\+0001, at character 6\)/ });
});

test("noncharacters and lone surrogates are errors in any field", () => {
  expectOneError(checkData({ [BOARD]: lines(`name: ${quoted("Board\ufffe")}`, ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /^has U\+FFFE \(at character 6\), which is not a character; delete it$/ });
  expectOneError(checkData({ [BOARD]: lines('name: "Board \\uFDD0"', ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /^has U\+FDD0/ });
  expectOneError(checkData({ [BOARD]: lines('name: "Board \\U0010FFFF"', ...BOARD_LINES.slice(1)) }), { file: BOARD_FILE, line: 1, field: "name", message: /^has U\+DBFF|^has U\+10FFFF/ });
  expectOneError(checkData(board('description: "Text \\uD800 alone"')), { file: BOARD_FILE, line: 6, field: "description", message: /^has half of a character \(U\+D800, at character 6\), which cannot be shown/ });
  expectOneError(checkData(board('description: "Text \\uDC00 alone"')), { file: BOARD_FILE, line: 6, field: "description", message: /^has half of a character \(U\+DC00/ });
  expectNoErrors(checkData({ [BOARD]: lines("name: Board ☕ 😀 Cyfarfod ŵyl", ...BOARD_LINES.slice(1)) }));
});

test("a required text must show something: not only spaces or zero-width characters", () => {
  for (const value of ["\u200b\u200b", "\u200d", "\ufeff\u00ad", "\u2800", "\u3164", "\u2060 \u180e"]) {
    expectOneError(checkData({ [BOARD]: lines(`name: ${quoted(value)}`, ...BOARD_LINES.slice(1)) }), {
      file: BOARD_FILE, line: 1, field: "name", message: /^has nothing visible in it \(only spaces or zero-width characters\); write the text, or leave the field out$/,
    });
  }
  expectOneError(checkData(statement("commitments:", `  - ${quoted("\u200b")}`)), { file: STATEMENT_FILE, line: 6, field: "commitments[0]", message: /^has nothing visible/ });
  expectNoErrors(checkData({ [BOARD]: lines(`name: ${quoted("Board\u200bwith a zero-width space")}`, ...BOARD_LINES.slice(1)) }));
});

test("site-relative addresses that browsers read as another site are errors in every URL field", () => {
  const cases: [string, RegExp][] = [
    ["/\\evil.example/", /it has the character "\\" \(U\+005C\), which cannot be part of a web address/],
    ["//evil.example/", /it starts with \/\/, which browsers read as the address of another site/],
    ["/\tevil.example/", /it has a space or line break in it/],
    ["/\nevil.example/", /it has a space or line break in it/],
    ["/ evil", /it has a space or line break in it/],
    ["/%09x\u0001", /it has the character U\+0001/],
  ];
  const where: [(url: string) => string[], string, number][] = [
    [(url) => ["contact:", `  url: ${quoted(url)}`], "contact.url", 7],
    [(url) => ["documents:", "  - title: Plan", `    url: ${quoted(url)}`, "    format: PDF"], "documents[0].url", 8],
    [(url) => ["members:", "  - name: A", "    sector: public", `    url: ${quoted(url)}`], "members[0].url", 9],
    [(url) => ["meetings:", "  - date: 2025-01-01", `    url: ${quoted(url)}`], "meetings[0].url", 8],
  ];
  for (const [url, why] of cases) {
    for (const [extra, field, line] of where) {
      const errors = checkData(board(...extra(url)));
      expectOneError(errors, { file: BOARD_FILE, line, field, message: /^is not an allowed address: it .*; use an https:, http:, mailto: or tel: address, or a site-relative path starting with \/$/ });
      assert.match(errors[0].message, why, `${field} ${url}`);
    }
  }
});

test("addresses with spaces, a user name or a password, or another scheme, are errors", () => {
  const cases: [string, RegExp][] = [
    ["https://user:secret@www.example.gov.uk/", /it has a user name or password in it, which would be published/],
    ["https://user@www.example.gov.uk/", /it has a user name or password/],
    ["https://www.example.gov.uk/a page", /it has a space or line break in it/],
    ["https:\\\\evil.example", /it has the character "\\"/],
    ["https:evil.example", /it should start with https:\/\/ and the name of the site/],
    ["javascript:alert(1)", /it uses "javascript:"/],
    ["web+evil:x", /it uses "web\+evil:"/],
    ["tel:+44 20 7946 0000", /it has a space or line break in it/],
    ["tel:call-me", /it is not a phone number after tel:/],
    ["mailto:nobody", /it is not a complete email address after mailto:/],
    ['https://www.example.gov.uk/"><script>', /it has the character """/],
  ];
  for (const [url, why] of cases) {
    const errors = checkData(board("contact:", `  url: ${quoted(url)}`));
    expectOneError(errors, { file: BOARD_FILE, line: 7, field: "contact.url", message: /^is not an allowed address: it / });
    assert.match(errors[0].message, why, url);
  }
  expectOneError(checkData(board(`source_url: ${quoted("https://a:b@www.example.gov.uk/")}`)), { file: BOARD_FILE, line: 6, field: "source_url", message: /^must be a full https:\/\/ address, e.g. https:\/\/www.example.gov.uk\/, but it has a user name or password/ });
  expectNoErrors(checkData(board("contact:", "  url: mailto:board@example.test?subject=Meeting", "documents:", "  - title: Plan", "    url: /documents/plan%202025.pdf", "    format: PDF")));
});

test("Markdown links and autolinks follow the same address rules", () => {
  const cases: [string, string, RegExp][] = [
    ["[x](/\\evil.example/)", "/\\evil.example/", /it has the character "\\"/],
    ["[x](//evil.example/)", "//evil.example/", /it starts with \/\//],
    ["<web+evil:x>", "web+evil:x", /it uses "web\+evil:"/],
    ["<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)", /it uses "javascript:"/],
    ["[x](<https://a b.example/>)", "https://a b.example/", /it has a space/],
    ["[x](https://user:pw@www.example.gov.uk/)", "https://user:pw@www.example.gov.uk/", /it has a user name or password/],
    ["[x][r]\n\n[r]: //evil.example", "//evil.example", /it starts with \/\//],
  ];
  for (const [markdown, href, why] of cases) {
    const errors = checkData(board(`description: ${quoted(markdown)}`));
    expectOneError(errors, { file: BOARD_FILE, line: 6, field: "description", message: new RegExp(`^has a link to "${href.replace(/[\\[\](){}.*+?^$|/]/g, "\\$&")}", which is not allowed: it `) });
    assert.match(errors[0].message, why, markdown);
  }
});

test("Markdown images come from this site only", () => {
  for (const src of ["https://tracker.example/pixel.png", "http://www.example.gov.uk/chart.png", "//evil.example/x.png", "data:image/png;base64,AAAA"]) {
    expectOneError(checkData(board(`description: ${quoted(`![A chart](${src})`)}`)), {
      file: BOARD_FILE, line: 6, field: "description",
      message: /^has an image from ".*", which is not allowed; images must come from this site, with a path starting with \/ such as \/images\/plan\.png/,
    });
  }
  expectNoErrors(checkData(board(`description: ${quoted("![A chart of attendance](/images/chart.png)")}`)));
});

test("size_kb: above 0 and at most 1,000,000", () => {
  const size = (value: string) => checkData(board("documents:", "  - title: Plan", "    url: /plan.pdf", "    format: PDF", `    size_kb: ${value}`));
  for (const value of ["1e300", "1000001"]) expectOneError(size(value), { file: BOARD_FILE, line: 10, field: "documents[0].size_kb", message: /^must be at most 1,000,000 kilobytes \(1 GB\)/ });
  for (const value of ["0", "-5"]) expectOneError(size(value), { file: BOARD_FILE, line: 10, field: "documents[0].size_kb", message: /^must be a number of kilobytes above 0/ });
  for (const value of [".nan", ".inf", "-.inf"]) expectOneError(size(value), { file: BOARD_FILE, line: 10, field: "documents[0].size_kb", message: /^must be a number of kilobytes/ });
  expectNoErrors(size("1000000"));
  expectNoErrors(size("0.5"));
});

test.run();
