import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { labelOf, type EntryControl } from './field-controls.js';
import { lineInput } from './inputs.js';
import { listEditorStyles } from './spa-list-editor.styles.js';

type Entry = Record<string, unknown>;

interface Problem {
  path: string;
  message: string;
}


/** A new entry: every key it must have, empty, for the widget to point at what is missing. */
export function blankEntry(controls: readonly EntryControl[]): Entry {
  const entry: Entry = {};
  for (const { key, optional, control } of controls) {
    if (optional) continue;
    if (control.kind === 'choice') entry[key] = control.options[0];
    else if (control.kind === 'toggle') entry[key] = false;
    else if (control.kind === 'lines' || control.kind === 'choices') entry[key] = [];
    else if (control.kind === 'group') entry[key] = blankEntry(control.entries);
    else entry[key] = '';
  }
  return entry;
}

/** Whether a group holds nothing the designer typed, so it can be left out. */
const isEmpty = (value: unknown): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && !value.length) || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEmpty));

const keys = new WeakMap<Entry, number>();
let lastKey = 0;
const keyOf = (entry: Entry) => keys.get(entry) ?? (keys.set(entry, ++lastKey), lastKey);

/**
 * A list of content (the FAQ's questions, the techniques) as forms, one fieldset per entry, made
 * from the entry's schema (`EntryControl`s). Entries are added, removed, and reordered with their
 * Move buttons or by dragging. Each problem the widget reports for an entry shows at its field.
 *
 * @fires entries-change - The list changed; `detail` is the new list (empty: the built-in content shows).
 */
export class SpaListEditor extends LitElement {
  static override styles = listEditorStyles;

  static override properties = {
    entries: { attribute: false },
    controls: { attribute: false },
    problems: { attribute: false },
    builtIn: { attribute: false },
    name: {},
    noun: {},
    titleKey: { attribute: 'title-key' },
    status: { state: true },
  };

  /** The entries, as the snippet's JSON holds them. */
  entries: Entry[] = [];
  /** One control per key of an entry. */
  controls: EntryControl[] = [];
  /** What the widget reported, at paths such as `items[2].answer`. */
  problems: readonly Problem[] = [];
  /** The widget's built-in entries, to start from. */
  builtIn: readonly Entry[] = [];
  /** The field's name, e.g. `items`: the start of each problem's path, and of the ids. */
  name = 'items';
  /** What one entry is called, e.g. `question`. */
  noun = 'entry';
  /** The key whose text names an entry in its legend, e.g. `question`. */
  titleKey = '';
  status = '';

  #dragged?: number;

  #changed(status = ''): void {
    this.status = status;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('entries-change', { detail: this.entries }));
  }

  /**
   * Sets `key` of an entry, or of its group `within` (a price, an image). A group is added to the
   * entry with its first value and removed with its last, so an untouched optional group is never
   * written as `{}`, which the widget would refuse.
   */
  #set(entry: Entry, key: string, value: unknown, within?: string): void {
    if (within) {
      const group = { ...((entry[within] as Entry | undefined) ?? {}) };
      if (isEmpty(value)) delete group[key];
      else group[key] = value;
      if (isEmpty(group)) delete entry[within];
      else entry[within] = group;
    } else if (isEmpty(value) && this.controls.some((control) => control.key === key && control.optional)) delete entry[key];
    else entry[key] = value;
    this.#changed();
  }

  /** Moves an entry; `keepFocus` (the Up and Down buttons) keeps the keyboard on the moved entry's buttons. */
  #move(from: number, to: number, keepFocus = false): void {
    if (to < 0 || to >= this.entries.length || from === to) return;
    const [entry] = this.entries.splice(from, 1);
    this.entries.splice(to, 0, entry);
    this.#changed(`${labelOf(this.noun)} moved to position ${to + 1} of ${this.entries.length}.`);
    if (!keepFocus) return;
    // The same button again, to move further; the other one once the entry reached an end.
    void this.updateComplete.then(() => {
      const [same, other] = to < from ? ['up', 'down'] : ['down', 'up'];
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(`li:nth-child(${to + 1}) .actions button`);
      const button = (name: string) => [...buttons].find((b) => b.dataset.move === name);
      (button(same)?.disabled ? button(other) : button(same))?.focus();
    });
  }

  #remove(index: number): void {
    this.entries.splice(index, 1);
    this.#changed(`${labelOf(this.noun)} ${index + 1} removed.`);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(index < this.entries.length ? `#${this.name}-${index}-legend` : '.add')?.focus());
  }

  #add(): void {
    this.entries.push(blankEntry(this.controls));
    this.#changed(`${labelOf(this.noun)} ${this.entries.length} added.`);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.name}-${this.entries.length - 1}-${this.controls[0].key}`)?.focus());
  }

  #startFromBuiltIn(): void {
    this.entries.push(...(structuredClone(this.builtIn) as Entry[]));
    this.#changed(`${this.entries.length} built-in ${this.noun}s to edit.`);
    // The button is gone with the note it sat in: the keyboard goes to the first entry.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.name}-0-legend`)?.focus());
  }

  #problemsAt(path: string): Problem[] {
    return this.problems.filter((problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`));
  }

  protected override render(): TemplateResult {
    return html`
      ${this.entries.length
        ? nothing
        : html`<p class="note">
            The built-in ${this.noun}s show.
            ${this.builtIn.length ? html`<button type="button" class="button small" @click=${this.#startFromBuiltIn}>Start from them</button>` : nothing}
          </p>`}
      <ol class="entries">
        ${repeat(
          this.entries,
          keyOf,
          (entry, index) => html`<li
            draggable="true"
            @dragstart=${(event: DragEvent) => {
              this.#dragged = index;
              event.dataTransfer?.setData('text/plain', String(index));
            }}
            @dragover=${(event: DragEvent) => event.preventDefault()}
            @drop=${(event: DragEvent) => {
              event.preventDefault();
              if (this.#dragged !== undefined) this.#move(this.#dragged, index);
              this.#dragged = undefined;
            }}
          >
            <fieldset>
              <legend>
                <!-- Focused after a neighbour is removed; Firefox focuses no legend itself. -->
                <span id="${this.name}-${index}-legend" tabindex="-1"
                  >${`${labelOf(this.noun)} ${index + 1}`}${typeof entry[this.titleKey] === 'string' && entry[this.titleKey]
                    ? html`<span class="title">${`: ${entry[this.titleKey]}`}</span>`
                    : nothing}</span
                >
              </legend>
              ${this.#problemsAt(`${this.name}[${index}]`).filter((problem) => problem.path === `${this.name}[${index}]`).map((problem) => html`<p class="problem">${problem.message}</p>`)}
              ${this.controls.map((control) => this.#renderControl(entry, control, `${this.name}[${index}]`, `${this.name}-${index}`))}
              <div class="actions">
                <button
                  type="button"
                  class="button small"
                  data-move="up"
                  aria-label="Move ${this.noun} ${index + 1} up"
                  ?disabled=${index === 0}
                  @click=${() => this.#move(index, index - 1, true)}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  class="button small"
                  data-move="down"
                  aria-label="Move ${this.noun} ${index + 1} down"
                  ?disabled=${index === this.entries.length - 1}
                  @click=${() => this.#move(index, index + 1, true)}
                >
                  ↓ Down
                </button>
                <button type="button" class="button small" aria-label="Remove ${this.noun} ${index + 1}" @click=${() => this.#remove(index)}>Remove</button>
              </div>
            </fieldset>
          </li>`,
        )}
      </ol>
      <button type="button" class="button add" @click=${this.#add}>Add a ${this.noun}</button>
      <p class="status" role="status">${this.status}</p>
    `;
  }

  #renderControl(entry: Entry, { key, optional, control }: EntryControl, path: string, idPrefix: string, within?: string): TemplateResult {
    const id = `${idPrefix}-${key}`;
    const holder = within ? ((entry[within] as Entry | undefined) ?? {}) : entry;
    const value = holder[key];
    const problems = this.#problemsAt(`${path}.${key}`);
    const invalid = problems.length ? 'true' : 'false';
    const describedBy = problems.length ? `${id}-problem` : undefined;
    const problem = problems.length ? html`<span class="problem" id="${id}-problem">${problems.map((p) => p.message).join('; ')}</span>` : nothing;
    // Spaces sit inside bindings: between two bindings, they would be lost from the accessible name.
    const label = html`<span class="label">${labelOf(key)}${optional ? html`<span class="optional">${' (optional)'}</span>` : nothing}</span>`;
    const set = (next: unknown) => this.#set(entry, key, next, within);
    switch (control.kind) {
      case 'toggle':
        return html`<div class="field toggle">
          <input type="checkbox" id=${id} .checked=${value === true} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} @change=${(event: Event) => set((event.target as HTMLInputElement).checked || (optional ? undefined : false))} />
          <label for=${id}>${label}</label>${problem}
        </div>`;
      case 'choice':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <select id=${id} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} @change=${(event: Event) => set((event.target as HTMLSelectElement).value || undefined)}>
            ${optional ? html`<option value="" ?selected=${value === undefined}>(not set)</option>` : nothing}
            ${control.options.map((option) => html`<option value=${option} ?selected=${value === option}>${option}</option>`)}
          </select>
          ${problem}
        </div>`;
      case 'choices':
        return html`<fieldset class="field choices" aria-describedby=${ifDefined(describedBy)}>
          <legend>${label}</legend>
          ${control.options.map(
            (option) => html`<label
              ><input
                type="checkbox"
                .checked=${Array.isArray(value) && value.includes(option)}
                @change=${(event: Event) => {
                  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
                  if ((event.target as HTMLInputElement).checked) chosen.add(option);
                  else chosen.delete(option);
                  set(control.options.filter((o) => chosen.has(o)));
                }}
              />
              ${option}</label
            >`,
          )}
          ${problem}
        </fieldset>`;
      case 'group':
        return html`<fieldset class="field group">
          <legend>${label}</legend>
          ${control.entries.map((sub) => this.#renderControl(entry, sub, `${path}.${key}`, id, key))}
          ${problem}
        </fieldset>`;
      case 'lines':
      case 'paragraphs':
        return html`<div class="field">
          <label for=${id}>${label}</label>
          <span class="about" id="${id}-about"
            >${control.kind === 'lines' ? 'One per line.' : html`A blank line starts a new paragraph; <code>[label](https://…)</code> makes a link.`}</span
          >
          <textarea
            id=${id}
            rows=${control.kind === 'lines' ? 3 : 5}
            maxlength=${ifDefined(control.kind === 'paragraphs' ? control.maxLength : undefined)}
            .value=${Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : ''}
            aria-invalid=${invalid}
            aria-describedby="${id}-about${describedBy ? ` ${describedBy}` : ''}"
            @input=${(event: Event) => {
              const text = (event.target as HTMLTextAreaElement).value;
              set(control.kind === 'lines' ? text.split('\n').map((line) => line.trim()).filter(Boolean) : text);
            }}
          ></textarea>
          ${problem}
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}>${label}</label>
          ${lineInput(control, {
            id,
            value: value === undefined ? '' : String(value),
            describedBy,
            invalid: problems.length > 0,
            onInput: (text) => set(control.kind === 'number' ? (text.trim() === '' ? undefined : Number(text)) : text),
          })}
          ${problem}
        </div>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-list-editor': SpaListEditor;
  }
}
