import type { PreviewPage } from './preview-page.js';
import { TAGS, type Design, type Flavour, type Tag } from './snippet.js';

/**
 * The designer's work, kept in this browser's local storage only when they ask, and forgotten
 * when they ask. Nothing is stored otherwise, and nothing ever leaves the browser.
 */
export interface KeptWork {
  tag: Tag;
  flavour: Flavour;
  page: PreviewPage;
  designs: Design[];
}

const KEY = 'spa-snippet-builder';

/** Keeps the work; false where the browser does not allow it (storage off or full). */
export function keepWork(work: KeptWork): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

export function forgetKept(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing could have been kept.
  }
}

/** The kept work, if any and still of the shape this builder writes (an older or damaged copy is ignored). */
export function readKept(): KeptWork | undefined {
  try {
    const work = JSON.parse(localStorage.getItem(KEY) ?? 'null') as KeptWork | null;
    const valid =
      work &&
      TAGS.includes(work.tag) &&
      ['html', 'wordpress', 'page-builder'].includes(work.flavour) &&
      typeof work.page === 'object' &&
      Array.isArray(work.designs) &&
      work.designs.every((design) => TAGS.includes(design.tag) && typeof design.attributes === 'object' && typeof design.json === 'object' && typeof design.tokens === 'object');
    return valid ? work : undefined;
  } catch {
    return undefined;
  }
}
