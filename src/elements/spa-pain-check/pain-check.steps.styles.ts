import { css } from 'lit';

/** The question steps: the legend, the answers, the pain scale. */
export const stepStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    gap: calc(var(--_pad) * 0.75);
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_pad) * 0.75);
    font-size: 1.15em;
  }
  legend .title,
  .progress,
  .sub {
    display: block;
  }
  .progress {
    margin-block-end: 0.25em;
    font-size: 0.78em;
    font-weight: 600;
  }
  .group > legend {
    font-size: 1em;
  }
  .choices {
    gap: 0.5em;
  }
  .choices.row {
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.45em 0.75em;
    cursor: pointer;
    transition: border-color var(--_duration), background-color var(--_duration);
  }
  .choice:hover,
  .choice:has(:checked),
  input:checked {
    border-color: var(--_accent);
  }
  .choice:has(:checked) {
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
    border-radius: calc(var(--_radius) / 2);
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
  }
`;
