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
 * @cssprop --spa-color-primary - Brand colour of buttons, links, focus and highlights.
 * @cssprop --spa-color-on-primary - Text on the primary colour.
 * @cssprop --spa-color-surface - Background of cards, panels and dialogs (transparent unless a `theme` is set).
 * @cssprop --spa-color-text - Text colour (inherited from the page unless a `theme` is set).
 * @cssprop --spa-color-muted - Secondary text.
 * @cssprop --spa-color-border - Borders and dividers.
 * @cssprop --spa-color-danger - Errors and urgent warnings.
 * @cssprop --spa-radius - Corner radius.
 * @cssprop --spa-space - Base spacing unit.
 * @cssprop --spa-shadow - Shadow of raised surfaces.
 * @cssprop --spa-focus-ring - Outline drawn around the focused control.
 * @cssprop --spa-font-family - Font (inherited from the page by default).
 * @cssprop --spa-duration - Length of transitions (0s under reduced motion).
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
