// How wide a picture in Markdown is shown, so it is published at that size: the Easy Read style's picture width
// (src/assets/site.css, `.easy-read img { inline-size: 6rem }`), 96 CSS pixels at a browser's default 16 px text.
// tests/pictures/display-size.test.ts fails when the stylesheet and this module disagree.

/** The width a picture is shown at, in CSS pixels; its `width` and `height` attributes say the same outside Easy Read. */
export const PICTURE_WIDTH = 96;

/** The same width as the stylesheet writes it, for the `sizes` attribute. */
export const PICTURE_SIZES = "6rem";

/** Published widths: the display size and twice it, for high-density screens. */
export const PICTURE_WIDTHS = [PICTURE_WIDTH, 2 * PICTURE_WIDTH];

/** A source picture more than this many times as wide as its largest published copy is much larger than needed. */
export const OVERSIZED_FACTOR = 2;
