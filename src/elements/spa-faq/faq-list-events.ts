/**
 * What the list of questions does with the events it hears. One listener on the list instead of
 * three per question keeps the first render of a long FAQ light.
 */

/**
 * The index of the question a click or beforematch inside the list is about (question ids are
 * `q-<index>`; the copy button and the answer sit in the same item), or undefined.
 */
export function questionIndexOf(event: Event, selector: string): number | undefined {
  const target = (event.target as Element).closest?.(selector);
  // A click inside the author's slotted answer has a light-DOM target: not one of ours.
  if (!target || target.getRootNode() !== (event.currentTarget as Node).getRootNode()) return undefined;
  const question = target.closest('.item')?.querySelector('.question');
  return question ? Number(question.id.slice(2)) : undefined;
}

/**
 * APG accordion keys on the list of questions: Up/Down move between the shown questions
 * (wrapping), Home/End to the first/last. Listens on the list, whose `.question` buttons it moves
 * between.
 */
export function onAccordionKeydown(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('question')) return;
  const buttons = [...(event.currentTarget as Element).querySelectorAll<HTMLElement>('.item:not([hidden]) .question')];
  const at = buttons.indexOf(target);
  const last = buttons.length - 1;
  const next = { ArrowDown: at === last ? 0 : at + 1, ArrowUp: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
  if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  buttons[next].focus();
}
