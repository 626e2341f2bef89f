import { css } from 'lit';

export const styles = css`
  :host {
    /* Layout follows the widget's own width: a blog column, an article, a landing page. */
    container-type: inline-size;
  }
  ul,
  p {
    margin: 0;
  }
  .heading ::slotted(*),
  caption ::slotted(*) {
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
    gap: var(--_space);
    min-inline-size: 0;
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    overflow-wrap: anywhere;
  }
  /* An outline, not a wider border, so the recommended card's content lines up with the others. */
  .card[data-recommended] {
    border-color: var(--_primary);
    outline: 0.125em solid var(--_primary);
  }
  .about,
  .details {
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
    border-radius: 1em;
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
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
  }
  .pressure-label,
  .list-label,
  .feels strong {
    font-weight: 600;
  }
  .scale {
    display: inline-flex;
    gap: 0.2em;
  }
  .scale span {
    inline-size: 1.5em;
    block-size: 0.6em;
    border: 0.0625em solid currentColor;
    border-radius: 0.3em;
  }
  .scale .on {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .facts li {
    padding: 0.15em 0.6em;
    border: 0.0625em solid var(--_border);
    border-radius: 1em;
  }
  .details ul {
    padding-inline-start: 1.2em;
  }
  .details li + li {
    margin-block-start: 0.2em;
  }
  .list-label {
    margin-block-start: 0.4em;
  }
  .action {
    margin-block-start: auto;
  }

  /* A mid-width widget: one card per row, what it is beside what it does. */
  @container (min-width: 32em) {
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
    .cards {
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
    }
    .cards:has(> :nth-child(5)) {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
      grid-auto-flow: row;
    }
    .card {
      grid-row: span 3;
      grid-template-rows: subgrid;
      grid-template-columns: minmax(0, 1fr);
      row-gap: var(--_space);
    }
    .card:has(> .image) {
      grid-row: span 4;
    }
  }

  /* Calls to action */
  .choose {
    min-block-size: 2.75em;
    padding: 0.6em 1.3em;
    border: 0.125em solid var(--_primary);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: background-color var(--_duration);
  }
  .choose:hover {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .choose[data-recommended] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* Table */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    overflow-wrap: anywhere;
  }
  caption {
    padding-block-end: 0.5em;
    font-size: 1.1em;
    font-weight: 700;
    text-align: start;
  }
  caption ::slotted(*) {
    font-size: inherit;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    border-block-end: 0.0625em solid var(--_border);
    text-align: start;
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
  td ul {
    padding-inline-start: 1.1em;
  }
  .recommended {
    background: color-mix(in srgb, var(--_primary) 9%, transparent);
  }
  .actions td {
    border-block-end: 0;
  }
  .cell-label {
    display: none;
  }
  /* A narrow widget reads the table row by row: the quality, then each technique's answer. */
  @container (max-width: 40em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      padding-block: 0.75em;
      border-block-end: 0.0625em solid var(--_border);
    }
    th,
    td {
      padding: 0.35em 0.5em;
      border: 0;
    }
    .actions .corner {
      display: none;
    }
    .cell-label {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 600;
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
    .card[data-recommended] {
      outline-color: Highlight;
    }
  }
`;
