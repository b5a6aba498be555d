// site.feedback_url: a plain https address, since it goes into the Content-Security-Policy's form-action as it is and a GET form replaces any query.
import { test } from "uvu";
import { checkData, lines, MINIMAL_FILES } from "../helpers/data-folder.ts";
import { expectNoErrors, expectOneError } from "../helpers/errors.ts";

const site = (value: string) => ({ "site.yaml": `${MINIMAL_FILES["site.yaml"]}${lines(`feedback_url: ${value}`)}` });

test("a plain https address is accepted", () => {
  expectNoErrors(checkData(site("https://forms.example.test/report-a-problem")));
});

test("an address with a query, a fragment, a semicolon or a comma is an error saying what is allowed", () => {
  for (const value of ["https://forms.example.test/report?form=7", "https://forms.example.test/report#top", "https://forms.example.test/a;b", "https://forms.example.test/a,b"]) {
    expectOneError(checkData(site(value)), { file: "_data/site.yaml", line: 7, field: "feedback_url", message: /^must be a plain https:\/\/ address with no \?, #, ;, comma or quotes/ });
  }
});

test("an http or relative address is an error", () => {
  expectOneError(checkData(site("http://forms.example.test/report")), { file: "_data/site.yaml", line: 7, field: "feedback_url", message: /must be a full https:\/\/ address/ });
  expectOneError(checkData(site("/report")), { file: "_data/site.yaml", line: 7, field: "feedback_url", message: /must be a full https:\/\/ address/ });
});

test.run();
