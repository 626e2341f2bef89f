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
    text-transform: none;
    text-align: start;
    white-space: normal;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    /* Not inherited from the host: a page's "* { box-sizing: content-box !important }" reaches the
       host element itself, and would make every control inside taller than its min size. */
    box-sizing: border-box;
  }
  /* A theme sets a whole palette; light-dark() picks per the color-scheme each theme asks for. */
  :host([theme]) {
    --_primary: var(--spa-color-primary, light-dark(#2b6a5c, #86d3bf));
    --_on-primary: var(--spa-color-on-primary, light-dark(#ffffff, #0b1f1a));
    --_surface: var(--spa-color-surface, light-dark(#ffffff, #1b2321));
    --_muted: var(--spa-color-muted, light-dark(#4d5b58, #b4c3bf));
    --_border: var(--spa-color-border, light-dark(#c5d0cd, #4a5a56));
    --_danger: var(--spa-color-danger, light-dark(#a4262c, #ff9c95));
    color: var(--spa-color-text, light-dark(#1d2725, #edf3f1));
    background-color: var(--_surface);
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
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
