import { css } from 'lit';

/** The result: its title, the warning outcomes' frame, the facts, reasons and summary. */
export const resultStyles = css`
  .result-title {
    font-size: 1.3em;
  }
  /* Emergency: a strong, full-width message; urgent: the same border, quieter. */
  .emergency,
  .urgent {
    padding: var(--_pad);
    border: 0.1875em solid var(--_danger);
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
    padding: 0.5em 1.4em;
    border: 0.1875em solid var(--_danger);
    color: var(--_danger);
    font-size: 1.2em;
    font-weight: 700;
    text-decoration: none;
  }
  .reasons {
    padding-inline-start: 1.25em;
    gap: 0.35em;
  }
  .facts {
    gap: 0.5em;
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
  .why-label {
    font-weight: 700;
    margin-block-end: -0.5em;
  }
  .disclaimer {
    padding-block-start: 0.75em;
    border-block-start: 0.0625em solid var(--_border);
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
`;
