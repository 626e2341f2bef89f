import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './define.js';
import { readJsonConfig } from './light-dom.js';
import { reportProblems, type Problem } from './report.js';
import { LangController, closestLang, resolveStrings, type Catalog } from './strings.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every spa-widgets element shares: its version (read by `define` to spot two copies of
 * the kit), the `theme` attribute, and reporting of refused input.
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
export class SpaElement extends LitElement {
  /** The kit version this class belongs to. */
  static readonly version: string = VERSION;

  /**
   * Colour scheme. Unset, the widget takes font and text colour from the page; `light` and
   * `dark` set a full palette; `auto` follows the visitor's system setting.
   */
  @property({ reflect: true }) theme?: Theme;

  constructor() {
    super();
    new LangController(this);
  }

  /** Reports refused input once per problem (console and `spa-error`); see `reportProblems`. */
  protected report(problems: readonly Problem[], scope?: string): void {
    reportProblems(this, problems, scope);
  }

  /**
   * The element's strings in the language of its closest `lang`, with the author's overrides from
   * the JSON child's `strings` and then the `strings` property on top; overrides of the wrong
   * shape are reported and left out.
   */
  protected localStrings<S extends object>(catalog: Catalog<S>, overrides?: Partial<S>): S {
    const fromJson = readJsonConfig(this).value?.strings as Partial<S> | undefined;
    const problems: Problem[] = [];
    const strings = resolveStrings(catalog, closestLang(this), { ...fromJson, ...overrides }, problems);
    this.report(problems, 'strings');
    return strings;
  }
}
