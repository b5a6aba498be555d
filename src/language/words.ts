// The interface's words in the project's own English, once: the keys are the list every _data/languages/<tag>.yaml translates.

/**
 * Every word the layout and the translated statement pages show, by key; `{name}` marks a placeholder that a
 * translation must keep. Templates read them through a PageLanguage (src/language/page-language.ts), never as literals.
 */
export const WORDS = {
  skip_link: "Skip to main content",
  navigation_label: "Main",
  navigation_a_to_z: "Partnerships A to Z",
  navigation_statements: "Equalities statements",
  navigation_accessibility: "Accessibility",
  feed_title: "{site}: updates",
  breadcrumbs_label: "Breadcrumb",
  breadcrumbs_home: "Home",
  exit_this_page: "Exit this page",
  exit_this_page_destination: ": it opens the BBC weather website",
  leaving_safely: "Leaving safely",
  report_label: "Report a problem with this page",
  report_summary: "Is there anything wrong with this page?",
  report_question: "What would you like to report?",
  report_broken_link: "Broken link",
  report_out_of_date: "Out of date information",
  report_missing_information: "Missing information",
  report_service: "A problem with a service",
  report_details: "Please provide further details",
  report_send: "Send your report",
  report_email_intro: "What would you like to report? Each choice opens an email with this page’s address written in. Add any details before you send it.",
  report_email_owner: "email {name}",
  report_email_page: "Page: {title}",
  report_email_address: "Address: {address}",
  report_email_problem: "Problem: {problem}",
  report_email_details: "Please provide further details:",
  report_service_contact: "{publisher} publishes this page but does not run the services. To report a problem with a service, contact {name}:",
  report_website_only: "This is for problems with this website. {publisher} does not run the services it describes, but will pass a report about a service on to the partnership that does.",
  contact_email: "Email: {email}",
  contact_phone: "Phone: {phone}",
  contact_online: "Contact {name} online",
  footer_run_by: "This website is run by {publisher}.",
  footer_publisher_website: "{publisher} website",
  footer_report: "To report a problem with this website, email {email}.",
  footer_accessibility: "Accessibility statement",
  statement_superseded_title: "Superseded: {title}",
  statement_description: "The equalities statement {partnership} signed in {year}.",
  statement_description_superseded: "The equalities statement {partnership} signed in {year}, since replaced by the {successor}.",
  statement_replaced: "This statement has been replaced.",
  statement_replaced_by: "It was superseded by the {successor}, signed on {date}.",
  statement_easy_read_link: "Read this statement in Easy Read",
  statement_languages: "This statement in other languages",
  facts_signed_by: "Signed by",
  facts_signed_on: "Signed on",
  facts_status: "Status",
  facts_review_due: "Review due by",
  facts_review_was_due: "Review was due by",
  facts_replaces: "Replaces",
  status_current: "Current",
  status_current_overdue: "Current – review overdue since {date}",
  status_superseded: "Superseded (replaced by a newer statement)",
  review_warning: "Warning:",
  review_overdue: "This statement is overdue for review.",
  review_overdue_since: "It should have been reviewed by {date}.",
  review_due: "It will be reviewed by {date}.",
  heading_statement: "The statement",
  heading_commitments: "What {partnership} will work towards",
  heading_characteristics: "Protected characteristics covered",
  characteristics_intro: "The Equality Act 2010 characteristics this statement names:",
  heading_legislation: "Legislation",
  heading_signed_copy: "Signed copy",
  document_label: "{title} ({format})",
  document_label_size: "{title} ({format}, {size})",
  size_kb: "{size} KB",
  size_mb: "{size} MB",
  document_not_online: "{document}: not yet published online",
  // The Equality Act's names, as PROTECTED_CHARACTERISTICS in src/model/schema.ts has them (a test keeps the two alike; importing them here would make the schema import itself).
  characteristic_age: "Age",
  characteristic_disability: "Disability",
  characteristic_gender_reassignment: "Gender reassignment",
  characteristic_marriage_and_civil_partnership: "Marriage and civil partnership",
  characteristic_pregnancy_and_maternity: "Pregnancy and maternity",
  characteristic_race: "Race",
  characteristic_religion_or_belief: "Religion or belief",
  characteristic_sex: "Sex",
  characteristic_sexual_orientation: "Sexual orientation",
  easy_read_title: "{title}: Easy Read",
  easy_read_description: "An Easy Read version of the {title}.",
  easy_read_intro: "This is the Easy Read version of the {title}.",
  easy_read_signed: "{partnership} signed it on {date}.",
  easy_read_old: "This is an old statement.",
  easy_read_newer: "There is a newer one: {successor}.",
  easy_read_full: "Read the full statement",
} as const;

export type WordKey = keyof typeof WORDS;
/** One language's words for every key. */
export type Words = { readonly [K in WordKey]: string };

/** The keys, in the catalogue's order: the order `npm run new language` writes them in. */
export const WORD_KEYS = Object.keys(WORDS) as WordKey[];

/** The `{placeholders}` a text holds, in order. @example placeholders("Review due by {date}") → ["date"] */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]);
}

/** The key of a protected characteristic's name. @example characteristicWord("religion-or-belief") → "characteristic_religion_or_belief" */
export function characteristicWord(characteristic: string): WordKey {
  return `characteristic_${characteristic.replace(/-/g, "_")}` as WordKey;
}
