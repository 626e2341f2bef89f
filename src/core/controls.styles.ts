import { css } from 'lit';

/**
 * The kit's buttons, written once so padding, border, hover and touch size match in every element.
 * Added to each element's styles right after `tokens` (whose `:focus-visible` draws the ring).
 * `.button` is the quiet kind; `.primary` is filled, `.accent` the brand outline, `.small` the
 * toolbar and chip size. An element's own rules come later and tune a button for its place.
 */
export const controls = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    max-inline-size: 100%;
    /* A comfortable touch target; the padding and the border fill it exactly at line-height 1.5. */
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.5em 1.2em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_duration),
      color var(--_duration);
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .primary {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    border-color: color-mix(in srgb, var(--_primary) 84%, black);
    background: color-mix(in srgb, var(--_primary) 84%, black);
  }
  .accent {
    border-color: currentColor;
    color: var(--_accent);
  }
  .primary,
  .accent {
    font-weight: 600;
  }
  .small {
    min-block-size: 2.25em;
    padding: 0.25em 0.9em;
    font-size: 0.875em;
  }
  /* Forced colours drop the fill: the border is what still outlines a button. */
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
