import { LitElement, ReactiveElement, adoptStyles, html, isServer, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import * as v from 'valibot';
import { SOURCE_NAMES, attributeName, isListField, resolveConfig, type ConfigOf, type Field, type Fields, type Layer, type SchemaField, type Settled } from './config.js';
import { schemaOf } from './schema.js';
import { VERSION, registerWaitingIn } from './define.js';
import { readJsonConfig } from './light-dom.js';
import type { SrcField } from './remote-json.js';
import { warnRenamed } from './renamed.js';
import { quote, reportProblems, type Problem } from './report.js';
import { LangController, closestLang, resolveStrings, translationFailure, translationFor, type Catalog, type Translations } from './strings.js';
import { isFarBelowScreen, whenNeeded } from './when-needed.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Fields every element has. */
export const sharedFields = {
  /**
   * Colour scheme. Unset, the widget takes font and text colour from the page and mixes its
   * accents with it; `light` and `dark` set a full palette; `auto` follows the visitor's system
   * setting.
   */
  theme: () => v.picklist(['light', 'dark', 'auto'], 'expected light, dark or auto'),
};

/**
 * What every spa-widgets element shares: its version (read by `define` to spot two copies of
 * the kit), the one config mechanism (see `core/config.ts`), strings, and reporting of refused
 * input.
 *
 * Config is settled once per update, in `willUpdate`, never in `render()`: for each of the
 * element's `fields`, the first valid value of a JavaScript property (the field's own, then the
 * `config` object), the JSON child, the `src` file, the attribute, the light DOM (`lightDomConfig`)
 * and the field's default. Problems are reported once per change.
 *
 * Colour defaults read "unthemed / light / dark": without a `theme` the widget takes its text
 * colour from the page and mixes its accents with it, so it reads on light and dark pages alike.
 *
 * @cssprop {<color>} [--spa-color-primary=#2b6a5c] - Brand colour of buttons, links, focus and highlights. Unthemed, text and lines in it are mixed half and half with the page's text colour for contrast; set it to use the exact colour.
 * @cssprop {<color>} [--spa-color-primary-dark=#86d3bf] - The brand colour in the dark theme (`theme="dark"`, or `auto` on a dark system). Falls back to `--spa-color-primary`.
 * @cssprop {<color>} [--spa-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop {<color>} [--spa-color-on-primary-dark=#0b1f1a] - Text on the primary colour in the dark theme. Falls back to `--spa-color-on-primary`.
 * @cssprop {<color>} [--spa-color-surface=transparent / #ffffff / #1b2321] - Background of cards, panels and dialogs.
 * @cssprop {<color>} [--spa-color-text=inherit / #1d2725 / #edf3f1] - Text colour.
 * @cssprop {<color>} [--spa-color-muted=78 % of the text colour / #4d5b58 / #b4c3bf] - Secondary text.
 * @cssprop {<color>} [--spa-color-border=28 % of the text colour / #c5d0cd / #4a5a56] - Borders and dividers.
 * @cssprop {<color>} [--spa-color-danger=#a4262c mixed with the text colour / #a4262c / #ff9c95] - Errors and warning results.
 * @cssprop {<length>} [--spa-font-size=1em] - Base text size of the widget; every size inside is relative to it.
 * @cssprop {<length>} [--spa-radius=0.5em] - Corner radius.
 * @cssprop {<length>} [--spa-space=1em] - Base spacing unit.
 * @cssprop {<shadow>} [--spa-shadow=none] - Shadow of the widget's raised panels (not of its buttons).
 * @cssprop {<outline>} [--spa-focus-ring=0.1875em solid (primary mixed with the text colour)] - Outline drawn around the focused control.
 * @cssprop {<font-family>} [--spa-font-family=inherit] - Font (the page's by default).
 * @cssprop {<time>} [--spa-duration=180ms] - Length of transitions (0s under reduced motion).
 */
export class SpaElement<F extends Fields = Fields, S extends object = object> extends LitElement {
  /** The kit version this class belongs to. */
  static readonly version: string = VERSION;

  /** The element's config fields, each declared once; see `core/config.ts`. */
  static fields: Fields = {};

  /** The element's built-in strings, per language. */
  static catalog: Catalog<object> = { en: {} };

  /** Built-in languages loaded when a page first asks for one (see `Translations`). */
  static translations: Translations = {};

  /** 0.1 attribute names still read, for one minor version, with the name that replaced them. */
  static renamedAttributes: Readonly<Record<string, string>> = {};

  /** 0.1 keys of `strings` still read, for one minor version, with the key that replaced them. */
  static renamedStrings: Readonly<Record<string, string>> = {};

  protected static override finalize(): void {
    const first = !Object.hasOwn(this, 'finalized');
    super.finalize();
    // A server renders in one pass and cannot wait: every language starts loading on registration,
    // long before a request is rendered.
    if (isServer && first) for (const lang of Object.keys(this.translations)) void translationFor(this.catalog, this.translations, lang);
    if (!first || !Object.hasOwn(this, 'fields')) return;
    // One property per field: what script sets is the top layer, apart from the attribute's.
    for (const key of Object.keys(this.fields)) {
      Object.defineProperty(this.prototype, key, {
        configurable: true,
        get(this: SpaElement) {
          return this.#propertyValues.has(key) ? this.#propertyValues.get(key) : this.#attributeValue(key);
        },
        set(this: SpaElement, value: unknown) {
          if (value === undefined || value === null) this.#propertyValues.delete(key);
          else this.#propertyValues.set(key, value);
          this.requestUpdate();
        },
      });
    }
  }

  static override get observedAttributes(): string[] {
    const fields = Object.entries(this.fields).filter(([, field]) => !isListField(field));
    return [...super.observedAttributes, ...fields.map(([key]) => attributeName(key)), ...Object.keys(this.renamedAttributes)];
  }

  // Declared here, not with decorators, which would add Lit's decorator module (~0.4 kB gzip) to every file.
  static override properties: PropertyDeclarations = { config: { attribute: false }, strings: { attribute: false } };

  /** Config object: any field by its property name. Wins over the JSON child and attributes. */
  config?: Partial<ConfigOf<F>>;

  /** Overrides for any built-in string; the JSON child's `strings` works too, this wins. */
  strings?: Partial<S>;

  /** The config in effect for this update. */
  protected settings = Object.create(null) as Settled<F>;

  /** The strings in effect for this update, in the language of the closest `lang`. */
  protected text = Object.create(null) as S;

  /** True while the `src` file is on its way. */
  protected srcLoading = false;

  readonly #propertyValues = new Map<string, unknown>();
  /** The `theme` this element wrote on itself, which is not the author's attribute. */
  #ownTheme?: string;
  /** Whether a framework that server-rendered the page has had time to set its properties. */
  #hydration: 'not asked' | 'waiting' | 'done' = 'not asked';
  /** Set when Lit could not prepare the shadow root: no update can render, so none is run. */
  #unrenderable = false;
  /**
   * Set while the first render waits: for a widget far below the screen to be needed, or for what
   * it shows to be whole (`firstRenderWaitsFor`).
   */
  #waiting?: Promise<void>;
  #drawn = false;
  /** Whether the first render has waited for what `firstRenderWaitsFor` gave: it waits once. */
  #waitedToBeWhole = false;

  /**
   * Whether the element has rendered its own template: not yet while its first render waits (far
   * below the screen, or `firstRenderWaitsFor`), when updates show the author's HTML inside.
   */
  protected get hasRendered(): boolean {
    return this.#drawn;
  }
  /** Whether the element came with a server's rendering (declarative shadow DOM) to take over. */
  #serverRendered = false;
  /** The loader of the file named in `src`, for an element whose `src` field is `srcField`. */
  readonly #remote = fileLoader((this.constructor as typeof SpaElement).fields)?.(this, () => (this.settings as { src?: string }).src);

  constructor() {
    super();
    new LangController(this);
    // A value a framework set before the element was defined sits on the instance, hiding the
    // property: take it over so it counts as the property it was meant to be.
    const fields = (this.constructor as typeof SpaElement).fields;
    for (const key of Object.keys(fields)) {
      if (!Object.hasOwn(this, key)) continue;
      const value = (this as Record<string, unknown>)[key];
      delete (this as Record<string, unknown>)[key];
      (this as Record<string, unknown>)[key] = value;
    }
  }

  override connectedCallback(): void {
    try {
      super.connectedCallback();
    } catch (error) {
      this.#fail(error);
      if (!this.renderRoot) {
        // Lit could not even make the shadow root ready (a page that broke `Array.prototype.map`
        // breaks its style adoption). Nothing will render, but `updateComplete` must still settle:
        // Lit enables updating only once connected, and a framework awaiting it would wait forever.
        this.#unrenderable = true;
        this.enableUpdating(true);
      }
    }
  }

  /**
   * Runs the update. Whatever goes wrong inside it (a value no check foresaw, a page that replaced
   * a built-in) is reported, and the author's HTML inside is shown instead: it never escapes to the
   * page as an uncaught error, and the next change is tried afresh.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#unrenderable) return;
    // A page in a language whose wording is on its way renders once it is here, not in English first.
    let arriving: Promise<void> | undefined;
    try {
      const { catalog, translations } = this.constructor as typeof SpaElement;
      arriving = translationFor(catalog, translations, closestLang(this));
    } catch {
      // A page that broke a built-in: render in the wording at hand; the update reports the rest.
    }
    if (!arriving) return this.#performUpdate();
    // Until its first render the widget is busy, which the optional reserve stylesheet keys on to
    // hold its room: once defined, `:not(:defined)` no longer does.
    const busy = !this.hasUpdated && !this.hasAttribute('aria-busy');
    if (busy) this.setAttribute('aria-busy', 'true');
    return arriving.then(() => {
      if (busy) this.removeAttribute('aria-busy');
      return this.#performUpdate();
    });
  }

  /**
   * A widget far below the screen at its first update settles its config, reports problems and
   * writes its structured data as any other, but renders only once needed (`core/when-needed.ts`),
   * showing the author's HTML inside it meanwhile, as before the kit loaded. It is busy until then,
   * and holds its room while busy: each element's styles give it the room of its built-in content,
   * as the reserve stylesheet does, and the page's own CSS wins. A widget whose room the page takes
   * away renders at once: growing later, from nothing, it would move the text of a reader who
   * scrolled past it. A first render that `firstRenderWaitsFor` something waits the same way.
   */
  protected override update(changed: PropertyValues): void {
    // A server's rendering is taken over at once (see createRenderRoot): it is already paid for. A
    // widget another widget renders (the cards' booking buttons) renders with it, without asking
    // where it is: that would lay out the page in the middle of the other's render.
    if (!this.hasUpdated && !isServer && !this.#serverRendered && !this.hasAttribute('aria-busy') && !this.#insideWidget() && isFarBelowScreen(this)) {
      this.#renderAfter(() => whenNeeded(this));
    }
    const whole = this.#drawn || this.#waitedToBeWhole || this.#waiting || isServer || this.#serverRendered || this.hasAttribute('aria-busy') ? undefined : this.firstRenderWaitsFor();
    if (whole) {
      this.#waitedToBeWhole = true;
      this.#renderAfter(() => whole);
    }
    if (this.#waiting) {
      // LitElement's update would render the template: only ReactiveElement's part is wanted.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      render(this.#authorsContent(), this.renderRoot, this.renderOptions);
      return;
    }
    super.update(changed);
    this.#drawn = true;
    registerWaitingIn(this.renderRoot);
  }

  /**
   * What the first render waits for, at most, so that it shows at once what it would show a
   * moment later (the pain check's remembered suggestion, whose texts are on their way): asked in
   * each update until the element has rendered or has waited once, once config is settled and
   * controllers have run, and not while it waits to be needed. A server's rendering is taken over
   * at once instead.
   */
  protected firstRenderWaitsFor(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Renders the author's HTML inside, busy and holding the room, until `ready()` settles; at once
   * when the page's CSS takes that room away.
   */
  #renderAfter(ready: () => Promise<unknown>): void {
    this.setAttribute('aria-busy', 'true');
    if (!(this.getBoundingClientRect().height > 0)) {
      this.removeAttribute('aria-busy');
      return;
    }
    const render = () => {
      this.#waiting = undefined;
      // Its render follows in this task's microtasks, before the room is painted empty.
      this.removeAttribute('aria-busy');
      this.requestUpdate();
    };
    this.#waiting = ready().then(render, render);
  }

  #insideWidget(): boolean {
    return (this.getRootNode() as Partial<ShadowRoot>).host instanceof SpaElement;
  }

  /** Resolves once the widget has rendered, also when its first render waited. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    return this.#waiting ? this.#waiting.then(() => this.updateComplete) : settled;
  }

  #performUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Every slot the author's HTML inside is assigned to, for showing it as it is. */
  #authorsContent(): TemplateResult[] {
    const slots = [html`<slot></slot>`];
    const named = new Set<string>();
    for (const child of this.children) {
      const name = child.getAttribute('slot');
      if (name && !named.has(name)) slots.push(html`<slot name=${name}></slot>`);
      if (name) named.add(name);
    }
    return slots;
  }

  #fail(error: unknown): void {
    try {
      const root = this.renderRoot ?? this.shadowRoot;
      if (root) render(this.#authorsContent(), root as ShadowRoot);
    } catch {
      // Nothing more can be shown; the report below still tells the author.
    }
    const message = `could not be shown (${quote((error as Error)?.message)}); the HTML inside the element is shown instead`;
    try {
      reportProblems(this, [{ path: this.localName, message }]);
    } catch {
      // The page broke what reporting needs too: say it the plainest way there is.
      console.error(`[${this.localName}] ${message}`);
    }
  }

  /**
   * A server-rendered element (declarative shadow DOM) is rendered afresh over the server's HTML,
   * in the task that upgrades it, so nothing blinks or moves. Lit's hydration is not used: it
   * trusts the server's output, and the server never saw the JSON child or the HTML inside. So
   * `super` is not called here: where an app loaded Lit's hydration support, it would hydrate.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.#serverRendered = true;
    this.shadowRoot.replaceChildren();
    adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return this.shadowRoot;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The theme this element writes on itself is never read back (see #attributeValues): an update
    // for it would change nothing, and a `config` that answers differently on each read would loop.
    const ownTheme = name === 'theme' && this.#ownTheme !== undefined && (value ?? old) === this.#ownTheme;
    if (old !== value && !ownTheme) this.requestUpdate();
  }

  /** Config the author wrote as HTML inside the element, e.g. a fallback link's address. */
  protected lightDomConfig(): Record<string, unknown> | undefined {
    return undefined;
  }

  /** Settles config and strings from every source, and reports what was refused. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { fields, catalog, translations, renamedStrings } = this.constructor as typeof SpaElement;
    // A server sees only the tag's attributes and properties: what the author wrote inside is read
    // in the browser, whose first update renders afresh (see createRenderRoot).
    const json = isServer ? { value: undefined, problem: undefined } : readJsonConfig(this);
    const problems: Problem[] = json.problem ? [json.problem] : [];
    const layers: Layer[] = [
      { source: 'property', values: Object.fromEntries(this.#propertyValues) },
      { source: 'property', values: this.config },
      { source: 'json', values: json.value },
      { source: 'attribute', values: this.#attributeValues() },
    ];
    for (const problem of this.#objectsTurnedToText()) problems.push(problem);
    if (this.#remote) {
      // The file to fetch is itself config; what it holds ranks below the JSON child.
      this.settings = resolveConfig({ src: fields.src as Field }, layers).value as Settled<F>;
      const remote = this.#remote.current;
      if (remote.problem) problems.push(remote.problem);
      layers.splice(3, 0, { source: 'src', values: remote.value });
      this.srcLoading = remote.loading;
    }
    layers.push({ source: 'light-dom', values: isServer ? undefined : this.lightDomConfig() });
    const settled = resolveConfig(fields, layers);
    for (const problem of settled.problems) problems.push(problem);
    this.settings = settled.value as Settled<F>;
    const overrides = readStrings(json.value, this.strings, problems);
    for (const [old, current] of Object.entries(renamedStrings)) {
      if (!Object.hasOwn(overrides, old)) continue;
      warnRenamed(this.localName, `strings.${old}`, `strings.${current}`);
      overrides[current] ??= overrides[old];
    }
    const lang = closestLang(this);
    const untranslated = translationFailure(translations, lang);
    if (untranslated) problems.push({ path: 'lang', message: untranslated });
    this.text = resolveStrings(catalog as Catalog<S>, lang, overrides as Partial<S>, problems);
    this.settled(problems);
    reportProblems(this, problems);
  }

  /**
   * Called in each update once config and strings are settled, before problems are reported:
   * an element works out what it shows here, adding any problem it finds to `problems`.
   */
  protected settled(_problems: Problem[]): void {}

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A theme from a property, the JSON child or `config` styles the host as the attribute would.
    const theme = (this.settings as { theme?: Theme }).theme;
    const attribute = this.getAttribute('theme');
    if (theme && attribute !== theme) {
      this.#ownTheme = theme;
      this.setAttribute('theme', theme);
    } else if (!theme && attribute !== null && attribute === this.#ownTheme) {
      this.removeAttribute('theme');
    }
  }

  /**
   * Attributes that hold "[object Object]": React 19 and Vue set a property the element does not
   * have yet (the kit loaded after the app rendered) as an attribute, and the object's data is lost.
   * A property set since makes the attribute moot. A server-rendering framework (SvelteKit) writes
   * the attribute and sets the property when it hydrates, which can come after the kit loads: so
   * nothing is said until the page has settled, and only if the property is still missing then.
   */
  #objectsTurnedToText(): Problem[] {
    const { fields } = this.constructor as typeof SpaElement;
    const given = (key: string) => (key === 'config' ? this.config : key === 'strings' ? this.strings : this.#propertyValues.get(key));
    const lost = [...Object.keys(fields), 'config', 'strings'].filter(
      (key) => this.getAttribute(attributeName(key))?.startsWith('[object ') && given(key) == null,
    );
    if (lost.length && this.#hydration !== 'done') {
      if (this.#hydration === 'not asked') {
        this.#hydration = 'waiting';
        afterPageHydrated(() => {
          this.#hydration = 'done';
          // Removed meanwhile: said on its next update, if it comes back.
          if (this.isConnected) this.requestUpdate();
        });
      }
      return [];
    }
    return lost.map((key) => ({
      path: key,
      message: `the ${attributeName(key)} attribute reads "[object Object]": an object was set before spa-widgets loaded, and became text; load the kit before your app renders, or bind ${key} as a property`,
    }));
  }

  /** Each field's attribute text, under the field's name; a renamed attribute still counts. */
  #attributeValues(): Record<string, string> {
    const { fields, renamedAttributes } = this.constructor as typeof SpaElement;
    const values: Record<string, string> = {};
    for (const [key, field] of Object.entries(fields)) {
      if (isListField(field)) continue;
      let text = this.getAttribute(attributeName(key));
      if (key === 'theme' && text === this.#ownTheme) text = null;
      // A 0.1 attribute name still counts when the new one is absent.
      const old = Object.keys(renamedAttributes).find((name) => renamedAttributes[name] === attributeName(key));
      if (text === null && old && this.hasAttribute(old)) {
        warnRenamed(this.localName, `the ${old} attribute`, attributeName(key));
        text = this.getAttribute(old);
      }
      // An empty attribute a field cannot take (a CMS field left blank) means "not set"; an object
      // turned to text is reported on its own (#objectsTurnedToText).
      if (text === null || (text === '' && !v.safeParse(schemaOf(field), '').success) || text.startsWith('[object ')) continue;
      values[key] = text;
    }
    return values;
  }


  /** A field's value as its attribute gives it, for reading the property back. */
  #attributeValue(key: string): unknown {
    const text = this.#attributeValues()[key];
    if (text === undefined) return undefined;
    const result = v.safeParse(schemaOf((this.constructor as typeof SpaElement).fields[key] as SchemaField), text);
    return result.success ? result.output : text;
  }
}

/**
 * The loader that `srcField` brings, if the element's `src` field is that one: a subclass may
 * declare its own `src`, and a page may have polluted Object.prototype.
 */
function fileLoader(fields: Fields): SrcField['loader'] | undefined {
  const src = Object.hasOwn(fields, 'src') ? fields.src : undefined;
  return src && Object.hasOwn(src, 'loader') ? (src as SrcField).loader : undefined;
}

/**
 * Calls back a second after the page's `load` event (or after the kit, if it came later), by when
 * a framework has hydrated what it server-rendered. `load` alone is too early: SvelteKit hydrates
 * from dynamic imports, which the event does not wait for.
 */
function afterPageHydrated(callback: () => void): void {
  const later = () => setTimeout(callback, 1000);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}

/** The author's string overrides: the JSON child's, then the property's; a source that cannot be read is reported. */
function readStrings(json: Record<string, unknown> | undefined, property: object | undefined, problems: Problem[]): Record<string, unknown> {
  const overrides = Object.create(null) as Record<string, unknown>;
  const fromJson = json && Object.hasOwn(json, 'strings') ? json.strings : undefined;
  for (const [source, values] of [['json', fromJson], ['property', property]] as const) {
    try {
      if (values && typeof values === 'object') Object.assign(overrides, values);
    } catch (error) {
      problems.push({ path: 'strings', message: `could not be read: ${quote((error as Error)?.message)} (from ${SOURCE_NAMES[source]})` });
    }
  }
  return overrides;
}
