import { css } from 'lit';
import { roomWhileBusy } from '../../core/room.styles.js';

export const styles = css`
  :host {
    /* Layout follows the widget's own width: a blog column, an article, a landing page. */
    container-type: inline-size;
  }
  ${roomWhileBusy([[0, 117], [22.5, 98], [25, 94], [26, 80], [44, 90]])}
  ul,
  p,
  dl,
  dd {
    margin: 0;
  }
  .heading ::slotted(*) {
    margin-block: 0 0.5em;
    font-size: 1.25em;
  }
  .footnote ::slotted(*) {
    margin-block: var(--_space) 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Cards */
  .cards {
    display: grid;
    gap: calc(var(--_space) * 1.5) var(--_space);
    padding: 0.9em 0 0;
    list-style: none;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  /* An outline, not a wider border, so the recommended card's content lines up with the others. */
  .card[part~='recommended'] {
    border-color: var(--_accent);
    outline: 0.125em solid var(--_accent);
  }
  .about {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
  }
  .badge {
    display: inline-block;
    padding: 0.2em 0.7em;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.7em;
    font-weight: 700;
    letter-spacing: 0.04em;
    line-height: 1.4;
    text-transform: uppercase;
    white-space: nowrap;
    vertical-align: middle;
  }
  /* On a card the badge sits on the top edge, like a tab, so it is seen first. */
  .card .badge {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: var(--_space);
    translate: 0 -50%;
  }
  /* The comma that makes the badge its own phrase in the heading's name; see the badge template. */
  .separator {
    clip-path: inset(50%);
  }
  .image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.75);
  }
  .summary {
    color: var(--_muted);
  }
  .pressure {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
  }
  .scale {
    display: inline-flex;
    gap: 0.2em;
  }
  .scale span {
    inline-size: 1.5em;
    block-size: 0.6em;
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
  }
  .scale .on {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  /* Key facts: quality beside value, one short line each, to compare at a glance. */
  .facts {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: 0.35em 0.75em;
  }
  .facts div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  /* The long ones read better with each label above its text. */
  .more .facts {
    grid-template-columns: minmax(0, 1fr);
    row-gap: 0.2em;
  }
  .more div + div dt {
    margin-block-start: 0.5em;
  }
  dd ul,
  td ul {
    padding-inline-start: 1.2em;
    list-style: disc;
  }
  summary {
    padding-block: 0.4em;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .action {
    margin-block-start: auto;
  }

  /* A mid-width widget: one card per row, what it is beside what it does. */
  @container (min-width: 32em) {
    /* Room enough to show what a narrow card folds away (browsers that cannot, keep the toggle). */
    @supports selector(::details-content) {
      summary {
        display: none;
      }
      .more::details-content {
        display: block;
        content-visibility: visible;
      }
    }
    .card {
      display: grid;
      grid-template-columns: 1fr 1fr;
      align-content: start;
      column-gap: calc(var(--_space) * 1.5);
    }
    .image,
    .action {
      grid-column: 1 / -1;
    }
  }
  /*
   * A wide widget: the techniques side by side, equal widths and heights. Each card's sections sit
   * on rows shared by all cards (subgrid), so the lists and the actions line up for comparing.
   */
  @container (min-width: 46em) {
    /* Spaced by margins, not gaps, so the rows of a card without an image or action take no room. */
    .cards {
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      row-gap: 0;
    }
    .cards:has(> :nth-child(5)) {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
      grid-auto-flow: row;
    }
    .cards:has(> :nth-child(5)) > * {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .card {
      grid-row: span 4;
      grid-template-rows: subgrid;
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0;
    }
    .card > * + * {
      margin-block-start: var(--_space);
    }
  }

  /* Table */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    overflow-wrap: anywhere;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    border-block-end: 0.0625em solid var(--_border);
    vertical-align: top;
  }
  thead th {
    vertical-align: bottom;
    font-size: 1.05em;
  }
  thead th .badge {
    display: block;
    inline-size: fit-content;
    margin-block-start: 0.3em;
  }
  .corner {
    inline-size: 22%;
  }
  tbody th {
    font-weight: 600;
  }
  .recommended {
    background: color-mix(in srgb, var(--_primary) 9%, transparent);
  }
  .actions td {
    border-block-end: 0;
  }
  /* Three columns of long text need room: a narrower widget shows the same qualities as cards. */
  @container (width < 40em) {
    table {
      display: none;
    }
  }
  @container (width >= 40em) {
    table + .cards {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .scale {
      forced-color-adjust: none;
    }
    .scale span {
      border-color: CanvasText;
    }
    .scale .on {
      background: CanvasText;
    }
    .badge {
      border: 0.0625em solid CanvasText;
    }
    .card[part~='recommended'] {
      outline-color: Highlight;
    }
  }
`;
