import { fold, highlightRanges, type Folded } from './faq-search.js';

/**
 * Search matches inside answers the author wrote as HTML. Those nodes are the author's and stay
 * untouched, so instead of `<mark>` they get ranges in one CSS Custom Highlight, shared by every
 * FAQ on the page and painted by the element's own `::highlight()` rule. The ranges are static:
 * the browser updates every live `Range` on each change to the page's DOM, and thousands of them
 * made a keystroke over 500 questions 50 ms slower. Chromium applies a shadow root's
 * `::highlight()` to slotted text (highlights inherit along the flat tree); Firefox 153 and
 * WebKit 2.50 do not, so there only a page's own `::highlight(spa-faq-match)` rule paints them,
 * and the opened answer is the visitor's cue. Engines without the API get no ranges at all.
 */
const HIGHLIGHT = 'spa-faq-match';

let shared: Highlight | undefined;
const owned = new WeakMap<object, StaticRange[]>();
/**
 * Each answer text's fold, kept while the text is unchanged: answers stay the same from keystroke
 * to keystroke, and folding text with accents ("café") was most of a keystroke over 500 of them.
 */
const folds = new WeakMap<Text, { data: string; folded: Folded }>();

function foldOf(text: Text): Folded {
  const known = folds.get(text);
  if (known?.data === text.data) return known.folded;
  const folded = fold(text.data);
  folds.set(text, { data: text.data, folded });
  return folded;
}

/**
 * The ranges where `words` occur in the text of `details`. Text nobody sees (the hidden
 * `<summary>`, a `<script>`) may get ranges too: a range in unrendered text paints nothing.
 */
function rangesIn(details: Element, words: readonly string[]): StaticRange[] {
  const ranges: StaticRange[] = [];
  const walker = document.createTreeWalker(details, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const [start, end] of highlightRanges(text.data, words, foldOf(text))) {
      ranges.push(new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end }));
    }
  }
  return ranges;
}

/** Replaces the ranges `owner` marked before with the matches of `words` in `answers`. */
export function markAnswers(owner: object, answers: readonly Element[], words: readonly string[]): void {
  owned.get(owner)?.forEach((range) => shared!.delete(range));
  const ranges = words.length && window.Highlight ? answers.flatMap((details) => rangesIn(details, words)) : [];
  owned.set(owner, ranges);
  if (ranges.length && !shared) CSS.highlights.set(HIGHLIGHT, (shared = new Highlight()));
  ranges.forEach((range) => shared!.add(range));
}
