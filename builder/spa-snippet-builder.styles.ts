import { css } from 'lit';
import { controls } from '../src/core/controls.styles.js';
import { tokens } from '../src/core/tokens.styles.js';

/** Fields, labels, descriptions and problems: the same in the builder and its list editors. */
export const formStyles = css`
  :host {
    /* A field's edge at 3:1 or more against the page (the widgets' own 28 % is for dividers). */
    --_field-border: color-mix(in srgb, currentColor 55%, transparent);
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-block: 0 1em;
  }
  .field.toggle {
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.5em;
  }
  .field.toggle .about,
  .field.toggle .problem {
    grid-column: 2;
  }
  .field.toggle input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
  }
  .label {
    font-weight: 600;
  }
  .label code {
    font-weight: normal;
    color: var(--_muted);
  }
  .about,
  .note,
  .cost {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .problem,
  .problems {
    color: var(--_danger);
  }
  .problem::before {
    content: '⚠ ';
  }
  :where(input:not([type='checkbox'], [type='radio'], [type='color']), select, textarea) {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    background: Field;
    color: FieldText;
    box-sizing: border-box;
    inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 0.125em;
  }
  .status {
    margin: 0;
  }
`;

const layout = css`
  :host {
    --spa-color-primary: #2b6a5c;
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64em) {
    .layout {
      grid-template-columns: minmax(18em, 26em) minmax(0, 1fr);
      align-items: start;
    }
    /* The preview stays in sight while a long list of questions is edited. */
    .output {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
      padding-block: 0.5em;
    }
  }
  .output {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    align-content: start;
  }
  .snippet .button {
    margin-block-end: 1em;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
    .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    border: 0;
    padding: 0;
    margin: 0 0 0.75em;
  }
  .choices legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25em;
  }
  .choices label,
  .keep label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75em;
  }
  .colour {
    display: flex;
    gap: 0.5em;
  }
  .colour input[type='color'] {
    flex: none;
    inline-size: 2.75em;
    block-size: 2.75em;
    padding: 0.125em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: none;
  }
  .choices select {
    inline-size: auto;
    max-inline-size: 100%;
  }
  .page-look {
    margin-block-end: 0.75em;
  }
  .page-look summary {
    padding-block: 0.6em;
    cursor: pointer;
  }
  .keep {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-end: 1em;
  }
  .frame-scroller {
    overflow-x: auto;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  iframe {
    display: block;
    max-inline-size: none;
    block-size: 36em;
    border: 0;
    background: #fff;
  }
  pre {
    overflow: auto;
    padding: 0.75em;
    border: 0.0625em solid var(--_field-border);
    border-radius: var(--_radius);
    font-size: 0.85em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

export const builderStyles = [tokens, controls, formStyles, layout];
