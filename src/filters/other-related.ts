// "Other partnerships" leaves out a parent or child the editor also listed in related: each is shown once, where it belongs.
import type { Partnership } from "../model/graph.ts";

/** @example {{ partnership | otherRelated }} → the related partnerships that are neither its parent nor its children */
export function otherRelated(partnership: Partnership): Partnership[] {
  return partnership.related.filter((r) => r !== partnership.parent && r.parent !== partnership);
}
