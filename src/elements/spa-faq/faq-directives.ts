import { noChange } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';
import { fold, highlightRanges, splitByRanges, type Folded } from './faq-search.js';

/**
 * `hidden="until-found"` on a closed answer: find-in-page can still reach it where the engine
 * supports it, and elsewhere the value reads as plain `hidden`. A directive, because a template
 * may only bind `hidden` as a boolean; it also checks the live attribute, which the browser
 * removes by itself when find-in-page reveals the answer.
 */
export class HiddenUntilFound extends Directive {
  render(_hidden: boolean) {
    return noChange;
  }
  override update(part: ElementPart, [hidden]: [boolean]) {
    const element = part.element;
    if (!hidden) element.removeAttribute('hidden');
    else if (element.getAttribute('hidden') !== 'until-found') element.setAttribute('hidden', 'until-found');
    return noChange;
  }
}
export const hiddenUntilFound: (hidden: boolean) => DirectiveResult<typeof HiddenUntilFound> = directive(HiddenUntilFound);

/**
 * Text with the search words wrapped in `<mark part="match">`, written as plain nodes (text only,
 * never parsed). A keystroke re-highlights hundreds of questions, so each text is folded once,
 * nothing is written when its matches did not move, and when they only grew ("ma" → "mas") the
 * existing nodes take the new text instead of being rebuilt.
 */
export class Highlight extends Directive {
  #text?: string;
  #folded?: Folded;
  #ranges = '';
  render(_text: string, _words: readonly string[]) {
    return noChange;
  }
  override update(part: ElementPart, [text, words]: [string, readonly string[]]) {
    if (text !== this.#text) {
      this.#text = text;
      this.#folded = undefined;
      this.#ranges = '-';
    }
    const found = words.length ? highlightRanges(text, words, (this.#folded ??= fold(text))) : [];
    const ranges = found.join(' ');
    if (ranges === this.#ranges) return noChange;
    this.#ranges = ranges;
    const element = part.element;
    const pieces = splitByRanges(text, found);
    const nodes = element.childNodes;
    const same = nodes.length === pieces.length && pieces.every((piece, i) => (nodes[i].nodeName === 'MARK') === piece.match);
    if (same) {
      pieces.forEach((piece, i) => {
        // The text node itself (a mark's only child): a character change, no node rebuilt.
        const node = (piece.match ? nodes[i].firstChild : nodes[i]) as Text;
        if (node.data !== piece.text) node.data = piece.text;
      });
      return noChange;
    }
    // Gathered one by one: passed as arguments, the 250,000 matches of a hostile text would
    // overflow the call stack.
    const fragment = document.createDocumentFragment();
    for (const piece of pieces) {
      if (!piece.match) fragment.append(piece.text);
      else {
        const mark = fragment.appendChild(document.createElement('mark'));
        mark.setAttribute('part', 'match');
        mark.textContent = piece.text;
      }
    }
    element.replaceChildren(fragment);
    return noChange;
  }
}
export const highlight: (text: string, words: readonly string[]) => DirectiveResult<typeof Highlight> = directive(Highlight);
