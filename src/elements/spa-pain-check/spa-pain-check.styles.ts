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
    border-color: var(--_accent);
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 0.0625em var(--_accent);
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
  /* Drawn, not native: a native radio or checkbox is painted for a light page (a white disc) even
     on a dark one; these take the widget's colours, so they read on any page and in every theme. */
  input {
    flex: none;
    display: grid;
    place-content: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    appearance: none;
    color: inherit;
    border: 0.125em solid var(--_muted);
    border-radius: 50%;
    background: transparent;
  }
  input[type='checkbox'] {
    border-radius: 0.25em;
  }
  input:checked {
    border-color: var(--_accent);
  }
  input:checked::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_accent);
  }
  /* A tick, drawn with two borders. */
  input[type='checkbox']:checked::before {
    inline-size: 0.35em;
    block-size: 0.65em;
    border: solid var(--_accent);
    border-width: 0 0.15em 0.15em 0;
    border-radius: 0;
    background: none;
    rotate: 45deg;
    translate: 0 -0.08em;
  }
  input:focus-visible {
    outline: none;
  }
  /* "None of these" stands apart from the signs, after them, so they are read first. */
  .none {
    margin-block-start: 0.25em;
    border-style: dashed;
  }
  /* 0–10 as number tiles: 6 + 5 in a narrow column, one row of 11 when there is room. The band
     words are said with each number and shown once, under the ends. */
  .scale {
    display: grid;
    grid-template-columns: repeat(6, 1fr);
    gap: 0.4em;
  }
  @container (min-width: 34em) {
    .scale {
      grid-template-columns: repeat(11, 1fr);
    }
  }
  .scale-choice {
    position: relative;
    justify-content: center;
    min-inline-size: 0;
    padding: 0.45em 0.2em;
  }
  /* The radio stays in the tab order and the accessibility tree, covering its tile. */
  .scale-choice input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .num {
    font-weight: 700;
    font-size: 1.1em;
    font-variant-numeric: tabular-nums;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.9em;
    color: var(--_muted);
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
  .hint {
    font-weight: 600;
  }
  .result-title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* Emergency: a strong, full-width message; urgent: the same border, quieter. */
  .emergency,
  .urgent {
    padding: var(--_pad);
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
  }
  .emergency {
    border-width: 0.375em;
    border-inline-width: 0.375em 0.1875em;
  }
  .emergency .result-title,
  .urgent .result-title,
  .urgent-action {
    color: var(--_danger);
  }
  .emergency .result-title {
    font-size: 1.5em;
  }
  .call {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    padding: 0.5em 1.4em;
    border: 0.1875em solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    font-size: 1.2em;
    font-weight: 700;
    text-decoration: none;
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
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .summary-text {
    margin: 0.5em 0 0;
    padding: 0.75em;
    font: inherit;
    font-size: 0.9em;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    border-inline-start: 0.1875em solid var(--_border);
    background: color-mix(in srgb, currentColor 5%, transparent);
  }
  @media (forced-colors: active) {
    input {
      appearance: auto;
    }
    .choice:has(:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 0.125em Highlight;
    }
    .next {
      border-color: ButtonText;
    }
    .emergency,
    .urgent {
      border-color: CanvasText;
    }
    .call {
      border: 0.125em solid LinkText;
      color: LinkText;
    }
  }
  @media print {
    .frame {
      border: 0;
      box-shadow: none;
    }
    .actions,
    spa-booking-button,
    summary {
      display: none;
    }
  }
`;
