/**
 * Which answers are open. The visitor's own choice is kept apart from the answers a search opened
 * (those its words are in, unless the visitor closed them), so clearing the search gives the
 * visitor's own open state back. No DOM: the element asks `has` as it renders.
 */
export class OpenAnswers {
  #chosen = new Set<string>();
  #found = new Set<string>();
  #dismissed = new Set<string>();
  /** The questions there before the last arrival. */
  #seen = new Set<string>();

  has(id: string): boolean {
    return this.#chosen.has(id) || (this.#found.has(id) && !this.#dismissed.has(id));
  }

  /** A visitor opened or closed an answer; in `single` mode opening closes the others. False when nothing changed. */
  set(id: string, open: boolean, single: boolean): boolean {
    if (this.has(id) === open) return false;
    // Until the search is cleared, the visitor's choice wins over the search's: an answer they
    // closed, or that single mode closed, is not opened again by the next keystroke.
    if (!open) this.#dismissed.add(id);
    else if (single) this.#dismissed = new Set(this.#found);
    if (open && single) this.#chosen = new Set();
    if (open) this.#chosen.add(id);
    else this.#chosen.delete(id);
    return true;
  }

  openAll(ids: Iterable<string>): void {
    this.#chosen = new Set(ids);
  }

  /** Closes every answer, also those a search opened. */
  closeAll(): void {
    this.#dismissed = new Set(this.#found);
    this.#chosen = new Set();
  }

  /** The answers the search words are in; without words the search is over and forgets what was closed in it. */
  search(found: Iterable<string>, searching: boolean): void {
    this.#found = new Set(found);
    if (!searching) this.#dismissed = new Set();
  }

  /**
   * The questions are read anew: those not there before start open if the author wrote them
   * open; in `single` mode only the first, and none while one is open already.
   */
  arrive(questions: readonly { id: string; open: boolean }[], single: boolean): void {
    for (const { id, open } of questions) {
      if (single && this.#chosen.size) break;
      if (!this.#seen.has(id) && open) this.#chosen.add(id);
    }
    this.#seen = new Set(questions.map((question) => question.id));
  }
}
