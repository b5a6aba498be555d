// Replaces html-validate's recursive HtmlElement.getElementsByTagName (an array concat per node) with a same-order walk.
import { HtmlElement } from 'html-validate';

interface WalkableElement {
  childElements: WalkableElement[];
  is(tagName: string): boolean;
}
type GetElementsByTagName = (this: WalkableElement, tagName: string) => WalkableElement[];

const prototype = HtmlElement.prototype as unknown as { getElementsByTagName: GetElementsByTagName };

/** The library's own implementation, kept for the equivalence test. */
export const originalGetElementsByTagName: GetElementsByTagName = prototype.getElementsByTagName;

/** Descendants matching tagName ("*" for all) in document order, as the original returns them (~15% of validation time). */
export const fastGetElementsByTagName: GetElementsByTagName = function (tagName) {
  const found: WalkableElement[] = [];
  const walk = (element: WalkableElement): void => {
    for (const child of element.childElements) {
      if (child.is(tagName)) found.push(child);
      walk(child);
    }
  };
  walk(this);
  return found;
};

export function installSpeedup(): void {
  prototype.getElementsByTagName = fastGetElementsByTagName;
}
