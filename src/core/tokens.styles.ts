import { css } from 'lit';

/**
 * Design tokens and host resets shared by every element. Public tokens are `--spa-*` and only ever
 * read as `var()` fallbacks, so the one script needs no stylesheet; internals use `--_*`. Without
 * a `theme`, text and font come from the page and surfaces are transparent, so a widget looks at
 * home in any blog theme; `theme="light|dark|auto"` sets a full palette.
 */
export const tokens = css`
  :host {
    --_primary: var(--spa-color-primary, #2b6a5c);
    --_on-primary: var(--spa-color-on-primary, #ffffff);
    --_surface: var(--spa-color-surface, transparent);
    --_muted: var(--spa-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_border: var(--spa-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_danger: var(--spa-color-danger, #a4262c);
    --_radius: var(--spa-radius, 0.5em);
    --_space: var(--spa-space, 1em);
    --_shadow: var(--spa-shadow, none);
    --_focus-ring: var(--spa-focus-ring, 0.1875em solid var(--_primary));
    --_duration: var(--spa-duration, 180ms);

    display: block;
    box-sizing: border-box;
    font-family: var(--spa-font-family, inherit);
    color: var(--spa-color-text, inherit);
    /* Inherited text properties a host theme may have bent out of shape. */
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_surface: var(--spa-color-surface, #ffffff);
    --_muted: var(--spa-color-muted, #4d5b58);
    --_border: var(--spa-color-border, #c5d0cd);
    color: var(--spa-color-text, #1d2725);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_primary: var(--spa-color-primary, #86d3bf);
    --_on-primary: var(--spa-color-on-primary, #0b1f1a);
    --_surface: var(--spa-color-surface, #1b2321);
    --_muted: var(--spa-color-muted, #b4c3bf);
    --_border: var(--spa-color-border, #4a5a56);
    --_danger: var(--spa-color-danger, #ff9c95);
    color: var(--spa-color-text, #edf3f1);
  }
  @media (prefers-color-scheme: light) {
    :host([theme='auto']) {
      color-scheme: light;
      --_surface: var(--spa-color-surface, #ffffff);
      --_muted: var(--spa-color-muted, #4d5b58);
      --_border: var(--spa-color-border, #c5d0cd);
      color: var(--spa-color-text, #1d2725);
    }
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      --_primary: var(--spa-color-primary, #86d3bf);
      --_on-primary: var(--spa-color-on-primary, #0b1f1a);
      --_surface: var(--spa-color-surface, #1b2321);
      --_muted: var(--spa-color-muted, #b4c3bf);
      --_border: var(--spa-color-border, #4a5a56);
      --_danger: var(--spa-color-danger, #ff9c95);
      color: var(--spa-color-text, #edf3f1);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_focus-ring: 0.1875em solid Highlight;
      --_border: CanvasText;
    }
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
