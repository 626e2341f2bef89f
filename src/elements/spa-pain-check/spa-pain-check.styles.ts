import { css } from 'lit';

export const styles = css`
  :host {
    --_pad: var(--_space);
    max-inline-size: 50em;
  }
  :host([compact]) {
    --_pad: calc(var(--_space) * 0.6);
    font-size: 0.9375em;
  }
  .frame {
    container-type: inline-size;
    padding: var(--_pad);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  form,
  .result {
    display: grid;
    gap: var(--_pad);
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: calc(var(--_pad) * 0.75);
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_pad) * 0.75);
    font-weight: 700;
    font-size: 1.15em;
    line-height: 1.3;
  }
  legend .title {
    display: block;
  }
  legend .progress {
    display: block;
    margin-block-end: 0.25em;
    font-size: 0.78em;
    font-weight: 600;
    color: var(--_muted);
  }
  .group > legend {
    font-size: 1em;
  }
  .urgent-group > legend {
    color: var(--_danger);
  }
  .help,
  .chosen,
  .hint,
  p {
    margin: 0;
  }
  .help,
  .sub {
    color: var(--_muted);
  }
  .sub {
    display: block;
    font-size: 0.9em;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choices.row {
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 2.75em;
    padding: 0.45em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: border-color var(--_duration), background-color var(--_duration);
  }
  .choice:hover {
    border-color: var(--_primary);
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 0.0625em var(--_primary);
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
    font-weight: 600;
  }
  .choice:has(:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }
  .label {
    min-inline-size: 0;
    overflow-wrap: break-word;
  }
  input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  input:focus-visible {
    outline: none;
  }
  .none {
    margin-block-start: 0.25em;
  }
  .scale {
    display: grid;
    gap: 0.4em;
  }
  @container (min-width: 17em) {
    .scale {
      grid-template-columns: repeat(auto-fill, minmax(6.5em, 1fr));
    }
  }
  .num {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    min-inline-size: 1.2em;
  }
  .band {
    font-size: 0.9em;
  }
  @container (min-width: 42em) {
    .scale {
      grid-template-columns: repeat(11, 1fr);
    }
    .scale-choice {
      flex-direction: column;
      gap: 0.2em;
      padding-inline: 0.2em;
      text-align: center;
    }
    .scale-choice .label {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .scale-choice .band {
      font-size: 0.75em;
      line-height: 1.2;
    }
  }
  .chosen {
    font-weight: 600;
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }
  button,
  summary {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button {
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.5em 1.1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    transition: background-color var(--_duration);
  }
  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .next {
    font-weight: 600;
    border: 0.125em solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .next:hover {
    background: color-mix(in srgb, var(--_primary) 84%, black);
  }
  .next[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    border-color: var(--_border);
    background: transparent;
    color: inherit;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .result-title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.3;
  }
  .urgent {
    padding: var(--_pad);
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .urgent .result-title,
  .urgent-action {
    color: var(--_danger);
  }
  .reasons {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
  }
  .facts {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .facts div {
    display: grid;
    gap: 0 1em;
  }
  @container (min-width: 34em) {
    .facts div {
      grid-template-columns: 12em 1fr;
    }
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .why-label {
    font-weight: 700;
    margin-block-end: -0.5em;
  }
  .evidence,
  .disclaimer {
    font-size: 0.92em;
    color: var(--_muted);
  }
  .disclaimer {
    padding-block-start: 0.75em;
    border-block-start: 0.0625em solid var(--_border);
  }
  .copy-status {
    font-size: 0.92em;
  }
  summary {
    padding-block: 0.5em;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  textarea {
    inline-size: 100%;
    margin-block-start: 0.5em;
    padding: 0.5em;
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: transparent;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  @media (forced-colors: active) {
    .choice:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 0.125em Highlight;
    }
    .next {
      border-color: ButtonText;
    }
    .urgent {
      border-color: CanvasText;
    }
  }
  @media print {
    .frame {
      border: 0;
      box-shadow: none;
    }
    .actions,
    .booking,
    summary {
      display: none;
    }
  }
`;
