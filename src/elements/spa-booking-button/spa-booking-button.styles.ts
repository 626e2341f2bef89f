import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  /* A button's theme picks colours for the section it sits on; it paints no panel of its own. */
  :host([theme]) {
    background-color: transparent;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .cta,
  .call {
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    border-radius: var(--_radius);
    transition:
      background-color var(--_duration),
      color var(--_duration);
  }
  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    max-inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.6em 1.3em;
    border: 0.125em solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    text-align: center;
    box-shadow: var(--_shadow);
  }
  .cta:hover {
    background: color-mix(in srgb, var(--_primary) 84%, black);
    border-color: color-mix(in srgb, var(--_primary) 84%, black);
  }
  :host([size='small']) .cta {
    font-size: 0.875em;
    min-block-size: 2.25em;
    padding: 0.35em 0.9em;
  }
  :host([size='large']) .cta {
    font-size: 1.2em;
    padding: 0.75em 1.6em;
  }
  :host([variant='outline']) .cta {
    background: transparent;
    color: var(--_primary);
  }
  :host([variant='text']) .cta {
    background: transparent;
    border-color: transparent;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    box-shadow: none;
  }
  :host([variant='outline']) .cta:hover,
  :host([variant='text']) .cta:hover {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
    border-color: var(--_primary);
  }
  .cta[aria-disabled='true'] {
    cursor: not-allowed;
    background: transparent;
    border-style: dashed;
    border-color: var(--_border);
    color: inherit;
  }
  .call {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    padding-block: 0.5em;
  }
  .problem {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
  }
  dialog {
    inline-size: min(46em, 100vw - 2em);
    max-block-size: calc(100dvh - 2em);
    padding: 0;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--spa-color-surface, Canvas);
    color: inherit;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
    padding: 0.5em;
    background: inherit;
  }
  .close {
    font: inherit;
    min-block-size: 2.75em;
    padding: 0.4em 1em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  iframe {
    display: block;
    inline-size: 100%;
    block-size: min(42em, 100dvh - 8em);
    border: 0;
  }
  @media (forced-colors: active) {
    .cta {
      border-color: ButtonText;
    }
  }
`;
