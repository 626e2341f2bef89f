import { css } from 'lit';
import { roomWhileBusy } from '../../core/room.styles.js';

export const styles = css`
  :host {
    /* Layout follows the widget's own column, not the viewport. */
    container-type: inline-size;
  }
  ${roomWhileBusy([[0, 27.3], [22.5, 25.8], [23.4, 22.8], [33.75, 21.3], [37.5, 19.8], [40, 16.8]])}
  /* A themed FAQ is a panel of its own colour: give its text room from the edge. */
  :host([theme]) {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.75);
  }
  .search {
    flex: 1 1 14em;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
    font-size: 0.9em;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  /* A quiet text control, at the end of the bar: on a phone too, search and questions come first. */
  .expand-all {
    align-self: end;
    color: var(--_accent);
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .count {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .count:empty {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: calc(var(--_space) * 0.75) 0;
  }
  /* A chip keeps its width when pressed: the fill says which one is chosen. */
  .filter.primary {
    font-weight: inherit;
  }
  .items {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .category {
    margin-block: calc(var(--_space) * 1.25) 0.25em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .group:first-child .category {
    margin-block-start: 0.5em;
  }
  .item {
    border-block-end: 0.0625em solid var(--_border);
    /* A deep link scrolls the item here: below the page's sticky header, if it says how tall. */
    scroll-margin-block-start: var(--spa-scroll-offset, 0px);
  }
  /* Long FAQs: questions past the first dozen skip layout and paint while off screen (still
     found by find-in-page and read by screen readers). The first dozen are laid out at once: at an
     estimated height, a FAQ on screen would grow a frame after it is drawn. */
  .skips-offscreen {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  .revealing .item {
    content-visibility: visible;
  }
  .group > .item:first-of-type,
  .items > .group:first-child > .item:first-child {
    border-block-start: 0.0625em solid var(--_border);
  }
  .heading {
    margin: 0;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.85em 0.5em;
    background: transparent;
    border: 0;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  /* Inside the item's box: items contain their paint (content-visibility), which would clip a
     ring drawn outside. */
  .question:focus-visible {
    outline-offset: -0.25em;
  }
  .question:hover .text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* A chevron drawn with borders, so forced-colors mode paints it in the text colour. */
  .icon {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.3em;
    /* Physical sides on purpose: a down-pointing arrow is the same in both writing directions. */
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    rotate: 45deg;
    translate: 0 -0.15em;
    transition: rotate var(--_duration) ease;
  }
  [aria-expanded='true'] > .icon {
    rotate: 225deg;
    translate: 0 0.15em;
  }
  .answer {
    padding: 0 0.5em var(--_space);
  }
  /* until-found keeps the box (to be findable): it must not keep its padding too. */
  .answer[hidden] {
    padding-block: 0;
  }
  /* Server-rendered, before the kit loads: no directive has hidden the closed answers yet. */
  :host(:not(:defined)) .item:not([part~='open']) > .answer {
    display: none;
  }
  .opening:not([hidden]) {
    animation: reveal var(--_duration) ease-out;
  }
  @keyframes reveal {
    from {
      opacity: 0;
      translate: 0 -0.4em;
    }
  }
  .answer > p {
    margin: 0 0 0.75em;
  }
  /* The author's <details> keeps its own content styles; only its box is reset, against host
     themes that frame every <details>. !important: slotted nodes otherwise obey the page first. */
  ::slotted(details) {
    display: block !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    box-shadow: none !important;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  ::highlight(spa-faq-match) {
    background-color: color-mix(in srgb, var(--_primary) 24%, transparent);
  }
  mark {
    background: color-mix(in srgb, var(--_primary) 24%, transparent);
    color: inherit;
    border-radius: calc(var(--_radius) / 3);
  }
  .copied {
    margin-inline-start: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em var(--_space);
    margin-block-start: calc(var(--_space) * 0.5);
    padding: var(--_space);
    text-align: center;
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    flex-basis: 100%;
    margin: 0;
  }
  @container (max-width: 22em) {
    .bar {
      flex-direction: column;
      align-items: stretch;
    }
    .search {
      flex-basis: auto;
    }
    .question {
      padding-block: 0.7em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .opening:not([hidden]) {
      animation: none;
    }
    .icon {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .filter[aria-pressed='true'] {
      border-width: 0.1875em;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
  /* On paper every answer is open, and the controls that need a screen are gone. */
  @media print {
    .answer[hidden] {
      display: block;
      content-visibility: visible;
      padding-block-end: var(--_space);
    }
    .bar,
    .filters,
    .count,
    .copy,
    .icon,
    .empty {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
