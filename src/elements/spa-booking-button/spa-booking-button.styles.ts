import { css } from 'lit';
import { roomWhileBusy } from '../../core/room.styles.js';

export const styles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  ${roomWhileBusy([[0, 2.8]], 11.8)}
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
  svg {
    flex: none;
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
  }
  .large {
    font-size: 1.2em;
    padding: 0.75em 1.6em;
  }
  /* The text variant: the outline button's colour and hover, without its border. */
  .text {
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    background: transparent;
    border-style: dashed;
  }
  .call {
    border-radius: var(--_radius);
    color: var(--_accent);
    font-weight: 600;
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
  /* Title bar, then the frame with the loading message laid over it until the page has loaded. */
  dialog[open] {
    display: grid;
    grid-template-rows: auto 1fr;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding-block: 0.375em;
    padding-inline: 1em 0.375em;
    border-block-end: 0.0625em solid var(--_border);
    background: inherit;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1em;
  }
  .stage,
  .loading {
    grid-area: 2 / 1;
  }
  iframe {
    display: block;
    inline-size: 100%;
    block-size: min(42em, 100dvh - 6em);
    border: 0;
  }
  .loading {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    margin: 0;
    padding: var(--_space);
    background: inherit;
    color: var(--_muted);
  }
  .loading:empty {
    display: none;
  }
  .loading::before {
    content: '';
    inline-size: 2em;
    block-size: 2em;
    border: 0.25em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    /* Still under reduced motion, where the kit's duration is 0s. */
    animation: spin calc(var(--_duration) * 5) linear infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  /* A phone's whole screen: the booking page needs every pixel, and a frame in a frame scrolls badly. */
  @media (max-width: 40em) {
    dialog {
      inline-size: 100%;
      block-size: 100%;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      border: 0;
      border-radius: 0;
    }
    iframe {
      block-size: 100%;
    }
  }
`;
