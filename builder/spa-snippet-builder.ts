import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { copyText } from '../src/core/clipboard.js';
import type { Fields } from '../src/core/config.js';
import { checkUrl } from '../src/core/url.js';
import { entryControls, fieldControls, labelOf, type FieldControl, type ManifestDeclaration } from './field-controls.js';
import { LISTS } from './list-content.js';
import { pickerColour, tokenControls, type CssPropertyDoc, type TokenControl } from './token-controls.js';
import { lineInput } from './inputs.js';
import { forgetKept, keepWork, readKept } from './kept-work.js';
import { DEFAULT_PAGE, PAGE_PRESETS, previewDocument, type PreviewPage } from './preview-page.js';
import { builderStyles } from './spa-snippet-builder.styles.js';
import { PLACEHOLDER_BASE, TAGS, parseSnippet, scriptFile, toSnippet, widgetMarkup, type Defaults, type Design, type Flavour, type Tag } from './snippet.js';

type WidgetClass = CustomElementConstructor & { fields: Fields; renamedAttributes: Readonly<Record<string, string>> };

interface PreviewProblem {
  tag: string;
  path: string;
  message: string;
}

const NAMES: Record<Tag, string> = {
  'spa-booking-button': 'Booking button',
  'spa-faq': 'FAQ',
  'spa-technique-cards': 'Technique cards',
  'spa-pain-check': 'Pain check',
};

const FLAVOURS: Record<Flavour, string> = {
  html: 'Plain HTML',
  wordpress: 'WordPress Custom HTML block',
  'page-builder': 'Page builder (classic script)',
};

const WIDTHS = { phone: 360, tablet: 768, desktop: 1200 } as const;

/** The languages the kit ships wording for, and one it does not (the widget then speaks English). */
const LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['ar', 'العربية (no built-in wording)'],
] as const;

/** A manifest description, its `code` spans as code. */
const described = (text: string) => text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const emptyDesign = (tag: Tag): Design => ({ tag, attributes: {}, json: {}, tokens: {} });

/**
 * The snippet builder: pick a widget, set it up in forms generated from its own fields, see it
 * live in a frame (which renders exactly the snippet), read the problems the widget reports next to
 * the field, and copy the snippet, or paste one back to edit it.
 *
 * @attr kit-src - The kit script the preview frame loads (the page's own build).
 * @attr sizes - Where a JSON of each drop-in's size budget is (`size-budget.json`).
 */
export class SpaSnippetBuilder extends LitElement {
  static override styles = builderStyles;

  static override properties = {
    kitSrc: { attribute: 'kit-src' },
    manifest: { attribute: false },
    budgets: { attribute: false },
    tag: { state: true },
    flavour: { state: true },
    width: { state: true },
    problems: { state: true },
    status: { state: true },
    pasteProblems: { state: true },
    page: { state: true },
    keep: { state: true },
  };

  /** The kit script the preview frame loads. */
  kitSrc = '/src/index.ts';
  /** `custom-elements.json`, whose descriptions label the fields. */
  manifest: { modules: { declarations?: ManifestDeclaration[] }[] } = { modules: [] };
  /** Each drop-in's size budget, min+gzip bytes, by its path in `dist/`. */
  budgets: Record<string, { gzip: number }> = {};

  tag: Tag = 'spa-booking-button';
  flavour: Flavour = 'html';
  width: keyof typeof WIDTHS = 'phone';
  problems: PreviewProblem[] = [];
  status = '';
  pasteProblems: string[] = [];
  /** The page around the preview: never part of the snippet. */
  page: PreviewPage = DEFAULT_PAGE;
  /** Whether the designer asked to keep their work in this browser (local storage). */
  keep = false;

  /** Each widget's design, kept while the designer switches between them. */
  readonly #designs = new Map<Tag, Design>(TAGS.map((tag) => [tag, emptyDesign(tag)]));
  #previewTimer?: ReturnType<typeof setTimeout>;
  /** The summary of the preview's problems last announced. */
  #problemSummary = '';
  #made?: { tag: Tag; manifest: object; controls: FieldControl[] };

  get design(): Design {
    return this.#designs.get(this.tag)!;
  }

  get #class(): WidgetClass {
    return customElements.get(this.tag) as WidgetClass;
  }

  get #declaration(): ManifestDeclaration & { cssProperties?: readonly CssPropertyDoc[] } {
    return this.manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === this.tag) ?? {};
  }

  /** The current widget's controls, made once per widget and manifest: a render asks for them often. */
  get #controls(): FieldControl[] {
    const made = this.#made;
    if (made?.tag === this.tag && made.manifest === this.manifest) return made.controls;
    const controls = fieldControls(this.#class.fields, this.#declaration);
    this.#made = { tag: this.tag, manifest: this.manifest, controls };
    return controls;
  }

  get #defaults(): Defaults {
    return Object.fromEntries(this.#controls.map((control) => [control.field, control.initial]));
  }

  /**
   * Addresses the kit would refuse (`javascript:` and the like), by field, with the kit's own
   * message. They stay in the form to be fixed, but never reach the preview or the snippet.
   */
  get #refusedUrls(): Map<string, string> {
    const refused = new Map<string, string>();
    for (const { field, control } of this.#controls) {
      const text = this.design.attributes[field];
      if (control.kind !== 'url' || !text) continue;
      const check = checkUrl(text);
      if (!check.ok) refused.set(field, check.message);
    }
    return refused;
  }

  /** The design as the preview shows it and the snippet holds it: refused addresses left out. */
  get #shown(): Design {
    const refused = this.#refusedUrls;
    const attributes = Object.fromEntries(Object.entries(this.design.attributes).filter(([field]) => !refused.has(field)));
    return { ...this.design, attributes };
  }

  /** The snippet to copy, as the current flavour wants it. */
  get snippet(): string {
    return toSnippet(this.#shown, this.#defaults, { flavour: this.flavour, base: PLACEHOLDER_BASE });
  }

  /** Loads a pasted snippet into the forms. */
  load(snippet: string): void {
    const parsed = parseSnippet(snippet, (tag) => {
      const widget = customElements.get(tag) as WidgetClass;
      return { fields: Object.keys(widget.fields), renamedAttributes: widget.renamedAttributes };
    });
    if ('problem' in parsed) {
      this.pasteProblems = [parsed.problem];
      this.status = `Nothing was loaded: ${parsed.problem}.`;
      return;
    }
    this.#designs.set(parsed.design.tag, parsed.design);
    this.tag = parsed.design.tag;
    this.flavour = parsed.flavour;
    this.pasteProblems = parsed.problems;
    const leftOut = parsed.problems.length;
    this.status = `Loaded the ${NAMES[this.tag]} from the snippet${leftOut ? `; ${leftOut === 1 ? 'one thing was' : `${leftOut} things were`} left out, listed below it` : ''}.`;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const kept = readKept();
    if (!kept) return;
    for (const design of kept.designs) this.#designs.set(design.tag, design);
    this.tag = kept.tag;
    this.flavour = kept.flavour;
    this.page = kept.page;
    this.keep = true;
  }

  /** Starts or stops keeping the work; stopping forgets what was kept. */
  #setKeep(keep: boolean): void {
    this.keep = keep;
    if (keep) this.status = 'Your work is kept in this browser until you choose to forget it.';
    else {
      forgetKept();
      this.status = 'Forgotten: nothing of your work is kept in this browser.';
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.keep && !keepWork({ tag: this.tag, flavour: this.flavour, page: this.page, designs: [...this.#designs.values()] })) {
      this.keep = false;
      this.status = 'This browser does not allow keeping your work (storage is off or full).';
    }
    if (changed.has('tag') || changed.has('width') || changed.has('page') || !this.hasUpdated) this.#refreshPreview(0);
  }

  /** Renders the snippet's markup afresh in the frame, shortly after the last keystroke. */
  #refreshPreview(delay = 250): void {
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => {
      const frame = this.renderRoot.querySelector('iframe');
      if (!frame) return;
      this.problems = [];
      frame.addEventListener('load', () => setTimeout(() => this.#announceProblems(), 300), { once: true });
      frame.srcdoc = previewDocument(widgetMarkup(this.#shown, this.#defaults), this.kitSrc, this.page);
    }, delay);
  }

  /**
   * Says what is wrong once the preview has settled, so a screen reader hears a problem as it
   * appears beside its field; the same summary is not said twice, and "no problem" only after one.
   */
  #announceProblems(): void {
    const refused = [...this.#refusedUrls].map(([path, message]) => ({ path, message }));
    const problems = [...refused, ...this.problems];
    const [first] = problems;
    const count = problems.length;
    const summary = first
      ? `The widget reports ${count === 1 ? 'a problem' : `${count} problems`}: ${first.path}: ${first.message}${count > 1 ? '; the others are beside their fields' : ''}.`
      : '';
    if (summary && summary !== this.#problemSummary) this.status = summary;
    else if (!summary && this.#problemSummary) this.status = 'The widget reports no problem now.';
    this.#problemSummary = summary;
  }

  #set(field: string, value: string | undefined): void {
    if (value === undefined || value === '') delete this.design.attributes[field];
    else this.design.attributes[field] = value;
    this.status = '';
    this.requestUpdate();
    this.#refreshPreview();
  }

  #setList(field: string, entries: Record<string, unknown>[]): void {
    if (entries.length) this.design.json[field] = entries;
    else delete this.design.json[field];
    this.status = '';
    this.requestUpdate();
    this.#refreshPreview();
  }

  #setToken(name: string, value: string): void {
    if (value.trim() === '') delete this.design.tokens[name];
    else this.design.tokens[name] = value;
    this.status = '';
    this.requestUpdate();
    this.#refreshPreview();
  }

  #setPage(change: Partial<PreviewPage>): void {
    this.page = { ...this.page, ...change };
  }

  async #copy(): Promise<void> {
    const copied = await copyText(this.snippet);
    this.status = copied ? 'Snippet copied.' : 'This browser did not allow copying: select the snippet and copy it yourself.';
  }

  #pickWidget(event: Event): void {
    this.tag = (event.target as HTMLSelectElement).value as Tag;
    this.pasteProblems = [];
  }

  #problemsFor(field: string): PreviewProblem[] {
    const refused = this.#refusedUrls.get(field);
    if (refused) return [{ tag: this.tag, path: field, message: `${refused}; it is left out of the snippet` }];
    return this.problems.filter((problem) => problem.path === field || problem.path.startsWith(`${field}.`) || problem.path.startsWith(`${field}[`));
  }

  protected override render(): TemplateResult {
    const file = scriptFile(this.tag, this.flavour);
    const budget = this.budgets[`dist/${file}`]?.gzip;
    const unplaced = this.problems.filter((problem) => !this.#controls.some((control) => this.#problemsFor(control.field).includes(problem)));
    return html`
      <div class="layout">
        <form class="settings" @submit=${(event: Event) => event.preventDefault()} aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
          <label class="field" for="widget">
            <span class="label">Widget</span>
            <select id="widget" .value=${this.tag} @change=${this.#pickWidget}>
              ${TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>${NAMES[tag]}</option>`)}
            </select>
          </label>
          ${this.#controls.map((control) => this.#renderControl(control))}
          <h2 id="theme-title">Theme</h2>
          <p class="about">Your brand's colours, corners, spacing and font. Empty fields keep the default shown in them.</p>
          ${tokenControls(this.#declaration).map((token) => this.#renderToken(token))}
        </form>

        <div class="output">
        <section class="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">Preview</h2>
          <fieldset class="choices">
            <legend>Width</legend>
            ${Object.entries(WIDTHS).map(
              ([name, px]) =>
                html`<label
                  ><input type="radio" name="width" value=${name} .checked=${this.width === name} @change=${() => (this.width = name as keyof typeof WIDTHS)} />
                  ${labelOf(name)} (${px} px)</label
                >`,
            )}
          </fieldset>
          <fieldset class="choices">
            <legend>Your page</legend>
            ${(['light', 'dark'] as const).map(
              (name) =>
                html`<label
                  ><input
                    type="radio"
                    name="page"
                    .checked=${this.page.background === PAGE_PRESETS[name].background && this.page.color === PAGE_PRESETS[name].color}
                    @change=${() => this.#setPage(PAGE_PRESETS[name])}
                  />
                  ${labelOf(name)}</label
                >`,
            )}
            <label><input type="checkbox" .checked=${this.page.dir === 'rtl'} @change=${(event: Event) => this.#setPage({ dir: (event.target as HTMLInputElement).checked ? 'rtl' : 'ltr' })} /> Right to left</label>
            <label
              >Language
              <select @change=${(event: Event) => this.#setPage({ lang: (event.target as HTMLSelectElement).value })}>
                ${LANGUAGES.map(([code, name]) => html`<option value=${code} ?selected=${this.page.lang === code}>${name}</option>`)}
              </select></label
            >
          </fieldset>
          <details class="page-look">
            <summary>Match your page's background, text colour and font</summary>
            ${(
              [
                ['background', 'Background colour', 'e.g. #fdf8f3'],
                ['color', 'Text colour', 'e.g. #333333'],
                ['font', 'Font', 'e.g. "Lora", Georgia, serif'],
              ] as const
            ).map(
              ([key, label, hint]) =>
                html`<label class="field" for="page-${key}"
                  ><span class="label">${label}</span>
                  <input id="page-${key}" .value=${this.page[key]} placeholder=${hint} @input=${(event: Event) => this.#setPage({ [key]: (event.target as HTMLInputElement).value })}
                /></label>`,
            )}
          </details>
          <div class="frame-scroller" tabindex="0" role="region" aria-label="Preview (scrolls sideways when wider than this column)">
            <!-- On a phone narrower than the phone preview, the preview fits the column. -->
            <iframe
              title="Preview of the ${NAMES[this.tag]}"
              style="inline-size: ${this.width === 'phone' ? `min(${WIDTHS.phone}px, 100%)` : `${WIDTHS[this.width]}px`}"
              @preview-error=${(event: CustomEvent<PreviewProblem>) => (this.problems = [...this.problems, event.detail])}
            ></iframe>
          </div>
          ${unplaced.length
            ? html`<ul class="problems" aria-label="Problems the widget reports">
                ${unplaced.map((problem) => html`<li>${problem.path}: ${problem.message}</li>`)}
              </ul>`
            : nothing}
        </section>

        <section class="snippet" aria-labelledby="snippet-title">
          <h2 id="snippet-title">Snippet</h2>
          <fieldset class="choices">
            <legend>Where it goes</legend>
            ${Object.entries(FLAVOURS).map(
              ([name, label]) =>
                html`<label
                  ><input type="radio" name="flavour" value=${name} .checked=${this.flavour === name} @change=${() => (this.flavour = name as Flavour)} />
                  ${label}</label
                >`,
            )}
          </fieldset>
          <pre tabindex="0" role="region" aria-label="Snippet to copy"><code>${this.snippet}</code></pre>
          <p class="cost">
            Upload <code>dist/</code> to your site and replace <code>${PLACEHOLDER_BASE}</code> with its address. The script,
            <code>${file}</code>${budget ? html`, costs a visitor at most ${(budget / 1000).toFixed(1)} kB (gzip)` : nothing}.
          </p>
          <button type="button" class="button primary" @click=${this.#copy}>Copy snippet</button>
          <div class="keep">
            <label><input type="checkbox" .checked=${this.keep} @change=${(event: Event) => this.#setKeep((event.target as HTMLInputElement).checked)} /> Keep my work in this browser</label>
            ${this.keep ? html`<button type="button" class="button small" @click=${() => this.#setKeep(false)}>Forget my work</button>` : nothing}
          </div>
          <p class="status" role="status">${this.status}</p>

          <h2 id="paste-title">Edit an existing snippet</h2>
          <label class="field" for="paste">
            <span class="label">Paste a snippet</span>
            <textarea id="paste" rows="5" spellcheck="false"></textarea>
          </label>
          <button type="button" class="button" @click=${() => this.load(this.renderRoot.querySelector<HTMLTextAreaElement>('#paste')!.value)}>
            Load into the builder
          </button>
          ${this.pasteProblems.length
            ? html`<ul class="problems" aria-label="What the builder left out">
                ${this.pasteProblems.map((problem) => html`<li>${problem}</li>`)}
              </ul>`
            : nothing}
        </section>
        </div>
      </div>
    `;
  }

  #renderToken({ name, kind, initial, description, suggestions }: TokenControl): TemplateResult {
    const id = `token${name.slice(5)}`;
    const value = this.design.tokens[name] ?? '';
    const about = html`<span class="about" id="${id}-about">${described(description)}</span>`;
    const text = html`<input
      id=${id}
      list=${ifDefined(suggestions.length ? `${id}-suggestions` : undefined)}
      .value=${value}
      placeholder=${initial}
      aria-describedby="${id}-about"
      @input=${(event: Event) => this.#setToken(name, (event.target as HTMLInputElement).value)}
    />`;
    return html`<div class="field">
      <label class="label" for=${id}><code>${name}</code></label>
      ${kind === 'color'
        ? html`<span class="colour"
            ><input
              type="color"
              aria-label="${name}: pick a colour"
              .value=${pickerColour(value, initial)}
              @input=${(event: Event) => this.#setToken(name, (event.target as HTMLInputElement).value)}
            />${text}</span
          >`
        : text}
      ${suggestions.length ? html`<datalist id="${id}-suggestions">${suggestions.map((suggestion) => html`<option value=${suggestion}></option>`)}</datalist>` : nothing}
      ${about}
    </div>`;
  }

  #renderControl({ field, attribute, control, initial, description }: FieldControl): TemplateResult {
    const id = `field-${field}`;
    const problems = this.#problemsFor(field);
    const describedBy = `${id}-about${problems.length ? ` ${id}-problem` : ''}`;
    const value = this.design.attributes[field] ?? '';
    const about = html`<span class="about" id="${id}-about">${described(description)}</span>`;
    const problem = problems.length ? html`<span class="problem" id="${id}-problem">${problems.map((p) => p.message).join('; ')}</span>` : nothing;
    // The space sits inside a binding: between two bindings, it would be lost from the accessible name.
    const name = html`<span class="label">${`${labelOf(field)} `}${attribute ? html`<code>${attribute}</code>` : nothing}</span>`;
    const input = (event: Event) => this.#set(field, (event.target as HTMLInputElement).value);
    switch (control.kind) {
      case 'toggle':
        return html`<div class="field toggle">
          <input
            type="checkbox"
            id=${id}
            .checked=${value ? value === 'on' : Boolean(initial)}
            aria-describedby=${describedBy}
            aria-invalid=${problems.length ? 'true' : 'false'}
            @change=${(event: Event) => this.#set(field, (event.target as HTMLInputElement).checked ? 'on' : 'off')}
          />
          <label for=${id}>${name}</label>${about}${problem}
        </div>`;
      case 'choice':
        return html`<div class="field">
          <label for=${id}>${name}</label>
          <select id=${id} aria-describedby=${describedBy} aria-invalid=${problems.length ? 'true' : 'false'} @change=${input}>
            ${initial === undefined ? html`<option value="" ?selected=${!value}>(not set)</option>` : nothing}
            ${control.options.map((option) => html`<option value=${option} ?selected=${(value || initial) === option}>${option}</option>`)}
          </select>
          ${about}${problem}
        </div>`;
      case 'list': {
        const list = LISTS[field];
        const entries = (this.design.json[field] as Record<string, unknown>[] | undefined) ?? [];
        return html`<div class="field list">
          <h3 class="label" id=${id}>${`${labelOf(field)} `}<code>${field}</code></h3>
          ${about}
          <spa-list-editor
            role="group"
            aria-labelledby=${id}
            name=${field}
            noun=${list.noun}
            title-key=${list.titleKey}
            .entries=${entries}
            .controls=${entryControls(list.entry.entries)}
            .builtIn=${list.builtIn}
            .problems=${problems}
            @entries-change=${(event: CustomEvent<Record<string, unknown>[]>) => this.#setList(field, event.detail)}
          ></spa-list-editor>
        </div>`;
      }
      default:
        return html`<div class="field">
          <label for=${id}>${name}</label>
          ${lineInput(control, {
            id,
            value,
            placeholder: initial !== undefined ? String(initial) : control.kind === 'url' ? 'https://' : undefined,
            describedBy,
            invalid: problems.length > 0,
            onInput: (text) => this.#set(field, text),
          })}
          ${about}${problem}
        </div>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spa-snippet-builder': SpaSnippetBuilder;
  }
}
