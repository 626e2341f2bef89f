import type { Problem } from '../../core/report.js';
import { duplicateId, type Entry } from './faq-entries.js';
import { uniqueIds } from './faq-ids.js';
import { record } from '../../core/own.js';

/** What the author wrote in `open` before the element took the `<details>` over. */
const authoredOpen = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * Reads the author's `<details>` children. Each one is assigned, whole and untouched inside, to
 * its question's answer slot; the element only keeps it open and hides its `<summary>`, since
 * the question now lives in the accordion's button. The `<details>` it opens are added to
 * `takingOver`, so the mutations they cause are known as the element's own, not the author's.
 */
export function adoptDetails(host: HTMLElement, problems: Problem[], takingOver: Set<Node>): Entry[] {
  const found: { details: HTMLDetailsElement; summary: HTMLElement; id?: string; question: string; category?: string }[] = [];
  host.querySelectorAll<HTMLDetailsElement>(':scope > details').forEach((details, index) => {
    const summary = details.querySelector<HTMLElement>(':scope > summary');
    const question = summary?.textContent?.replace(/\s+/g, ' ').trim();
    let answered = false;
    for (let node = details.firstChild; node && !answered; node = node.nextSibling) {
      answered = node !== summary && (node.nodeType === Node.ELEMENT_NODE || !!node.nodeValue?.trim());
    }
    if (!question) {
      problems.push({ path: `details[${index}].question`, message: 'expected a <summary> with the question text' });
    } else if (!answered || !summary) {
      problems.push({ path: `details[${index}].answer`, message: 'expected the answer after </summary>' });
    } else {
      found.push({ details, summary, id: details.id.trim() || undefined, question, category: details.getAttribute('data-category')?.trim() || undefined });
      return;
    }
    // Not a usable question: leave it as the author wrote it, shown through the default slot.
    details.removeAttribute('slot');
  });
  const { ids, duplicates } = uniqueIds(found);
  for (const i of duplicates) problems.push(duplicateId(`details[${i}].id`, found[i].id, ids[i]));
  // The observer's records for these writes are delivered in a microtask queued before this one.
  queueMicrotask(() => takingOver.clear());
  return found.map(({ details, summary, question, category }, i) => {
    if (!authoredOpen.has(details)) authoredOpen.set(details, details.open);
    const slot = `answer-${i}`;
    if (details.slot !== slot) details.slot = slot;
    if (!details.open) {
      takingOver.add(details);
      details.open = true;
    }
    if (summary.style.getPropertyValue('display') !== 'none') {
      summary.style.setProperty('display', 'none', 'important');
    }
    return record<Entry>({ id: ids[i], question, category, open: authoredOpen.get(details) ?? false, slot, details });
  });
}
