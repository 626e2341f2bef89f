import { html, nothing, type TemplateResult } from 'lit';
import type { Settled } from '../../core/config.js';
import { format } from '../../core/strings.js';
import { PRESSURES, type Technique } from '../../content/technique.schema.js';
import { bookingCta } from '../spa-booking-button/booking-cta.js';
import type { techniqueCardsFields } from './technique-cards.config.js';
import type { TechniqueCardsStrings } from './technique-cards.strings.js';
import { formatMinutes, formatPrice, runningName } from './technique-format.js';

type Settings = Settled<typeof techniqueCardsFields>;

/** What one render compares, as the element worked it out from its config. */
export type Comparison = Pick<Settings, 'layout' | 'headingLevel' | 'bookingHref' | 'bookingProvider' | 'selectable'> & {
  shown: readonly Technique[];
  /** The id of the technique marked as recommended. */
  highlight?: string;
  strings: TechniqueCardsStrings;
  /** The page's language, for prices and lengths. */
  lang: string;
  /** Whether the kit has wording in that language, so lengths come from `strings.minutes`. */
  worded: boolean;
  /** True while the `src` file is on its way. */
  loading: boolean;
  /** Called when the visitor presses a technique's "Choose" button. */
  choose: (technique: Technique) => void;
};

/** A quality the techniques are compared on: its label, and a technique's value, if it has one. */
type Quality = [label: string, value: (t: Technique) => string | string[] | TemplateResult | undefined];
type Shown = string | TemplateResult;

/** A part name with the recommended state added, so a page styles `::part(card recommended)`. */
const withState = (part: string, recommended: boolean): string => (recommended ? `${part} recommended` : part);

/** The comparison in its layout: a table also renders the cards it becomes in a narrow widget. */
export const comparison = (c: Comparison): TemplateResult =>
  html`${c.layout === 'table' ? table(c) : nothing}${cards(c)}`;

/**
 * What both layouts compare, in one order and under the same labels: what it is, the key facts,
 * then the three long ones that a narrow card folds away.
 */
function qualities({ strings, lang, worded }: Comparison): Quality[] {
  // The platform's formatter loads locale data the first time, a noticeable pause on a phone:
  // only a language the kit has no wording for needs it for a length.
  const minutes = (n: number) => (worded ? format(strings.minutes, { minutes: n }) : formatMinutes(n, lang));
  return [
    [strings.summary, (t) => t.summary],
    [strings.pressure, (t) => pressure(t, strings)],
    [strings.painTypes, (t) => t.painType.map((type) => strings.painTypeNames[type]).join(', ')],
    [strings.firstTimers, (t) => (t.goodForFirstTimers ? strings.firstTimersYes : strings.firstTimersNo)],
    [
      strings.session,
      (t) => [t.duration && minutes(t.duration), t.price && formatPrice(t.price, lang)].filter(Boolean).join(' · '),
    ],
    [strings.feelsLike, (t) => t.feelsLike],
    [strings.bestFor, (t) => t.bestFor],
    [strings.benefits, (t) => t.benefits],
  ];
}

function cards(c: Comparison): TemplateResult {
  const { shown, highlight, strings } = c;
  // The summary leads the card unlabelled; the table labels it.
  const [, ...compared] = qualities(c);
  return html`<ul class="cards" role="list" aria-label=${strings.caption} aria-busy=${c.loading ? 'true' : 'false'}>
    ${shown.map((t) => {
      const recommended = t.id === highlight;
      // The four key facts stay in view; the long ones fold away in a narrow card.
      const more = valuesOf(t, compared.slice(4));
      const action = cta(c, t, recommended);
      return html`<li class="card" part=${withState('card', recommended)}>
        ${t.image
          ? html`<img class="image" part="image" src=${t.image.src} alt=${t.image.alt} loading="lazy" decoding="async" />`
          : nothing}
        <div class="about">
          ${heading(c.headingLevel, html`${t.name}${recommended ? badge(strings) : nothing}`)}
          <p class="summary" part="description">${t.summary}</p>
          ${facts(valuesOf(t, compared.slice(0, 4)))}
        </div>
        ${more.length
          ? html`<details class="more" part="more">
              <summary>${more.map(([label]) => label).join(' · ')}</summary>
              ${facts(more)}
            </details>`
          : nothing}
        ${action === nothing ? nothing : html`<div class="action">${action}</div>`}
      </li>`;
    })}
  </ul>`;
}

function table(c: Comparison): TemplateResult {
  const { shown, highlight, strings } = c;
  const cls = (t: Technique) => (t.id === highlight ? 'recommended' : '');
  const ctas = shown.map((t) => cta(c, t, t.id === highlight));
  // Rows are the qualities, columns the techniques; a row no technique fills is left out.
  return html`<table part="table" aria-label=${strings.caption} aria-busy=${c.loading ? 'true' : 'false'}>
    <thead>
      <tr>
        <td class="corner"></td>
        ${shown.map(
          (t) => html`<th scope="col" part=${withState('title', t.id === highlight)} class=${cls(t)}>
            ${t.name}${t.id === highlight ? badge(strings) : nothing}
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${qualities(c).map(([label, value]) => {
        const cells = shown.map((t) => shownValue(value(t)));
        return cells.some(Boolean)
          ? html`<tr>
              <th scope="row">${label}</th>
              ${cells.map((cell, i) => html`<td class=${cls(shown[i])}>${cell || '–'}</td>`)}
            </tr>`
          : nothing;
      })}
      ${ctas[0] === nothing
        ? nothing
        : html`<tr class="actions">
            <td class="corner"></td>
            ${ctas.map((action, i) => html`<td class=${cls(shown[i])}>${action}</td>`)}
          </tr>`}
    </tbody>
  </table>`;
}

/**
 * The badge, read as its own phrase of the heading: "Swedish massage, Recommended". The comma is
 * inline text, only clipped from view: a visually hidden element is a block, around which screen
 * readers add a space ("Swedish massage , Recommended").
 */
const badge = (strings: TechniqueCardsStrings): TemplateResult =>
  html`<span class="separator">, </span><span class="badge" part="badge">${strings.recommended}</span>`;

/** The pressure as a word on a three-step scale; the steps are drawn, the word is what is read. */
function pressure(t: Technique, strings: TechniqueCardsStrings): TemplateResult {
  const step = PRESSURES.indexOf(t.pressure);
  return html`<span class="pressure" part="pressure"
    >${strings.pressures[t.pressure]}<span class="scale" aria-hidden="true"
      >${PRESSURES.map((_, i) => html`<span class=${i <= step ? 'on' : ''}></span>`)}</span
    ></span
  >`;
}

/** The action configured for a technique (see the element's description), or nothing. */
function cta(c: Comparison, t: Technique, recommended: boolean): TemplateResult | typeof nothing {
  const { bookingHref, strings } = c;
  const part = withState('cta', recommended);
  if (bookingHref) {
    const label = format(strings.book, { technique: runningName(t, strings.runningNames) });
    const variant = recommended ? 'primary' : 'outline';
    return bookingCta({ href: bookingHref, provider: c.bookingProvider, service: t.bookingService, label, variant, part });
  }
  return c.selectable
    ? html`<button part=${part} class=${recommended ? 'button primary' : 'button accent'} type="button" @click=${() => c.choose(t)}>
        ${strings.choose}<span class="visually-hidden"> ${runningName(t, strings.runningNames)}</span>
      </button>`
    : nothing;
}

/** A value as shown: a list as a list; a value a technique lacks (no text, an empty list) as "". */
function shownValue(value: ReturnType<Quality[1]>): Shown {
  return Array.isArray(value)
    ? value.length
      ? html`<ul part="list">${value.map((item) => html`<li>${item}</li>`)}</ul>`
      : ''
    : (value ?? '');
}

/** A technique's labelled values for some qualities, leaving out those it lacks. */
function valuesOf(t: Technique, compared: readonly Quality[]): [string, Shown][] {
  return compared.map(([label, value]): [string, Shown] => [label, shownValue(value(t))]).filter(([, value]) => value);
}

/** Labelled values as a definition list: each value is read with its quality. */
function facts(values: readonly [string, Shown][]): TemplateResult {
  return html`<dl class="facts" part="facts">
    ${values.map(([label, value]) => html`<div><dt part="fact-label">${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

/** A heading at the level the author asked for; the level is checked to be 2–6 beforehand. */
function heading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="title" part="title">${content}</h2>`;
    case 4:
      return html`<h4 class="title" part="title">${content}</h4>`;
    case 5:
      return html`<h5 class="title" part="title">${content}</h5>`;
    case 6:
      return html`<h6 class="title" part="title">${content}</h6>`;
    default:
      return html`<h3 class="title" part="title">${content}</h3>`;
  }
}
