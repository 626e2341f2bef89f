import { css } from 'lit';

/**
 * Design tokens and host resets shared by every element. Public tokens are `--spa-*` and only ever
 * read as `var()` fallbacks, so the one script needs no stylesheet; internals use `--_*`. Without
 * a `theme`, text and font come from the page and surfaces are transparent, so a widget looks at
 * home in any blog theme; `theme="light|dark|auto"` sets a full palette.
 *
 * A themed host hands its palette down as inherited `--_spa-*` values (with `color-scheme`, which
 * picks the `light-dark()` side), so an unthemed widget nested in it, such as the booking buttons
 * in the cards, follows the outer theme. The author's `--spa-*` tokens are part of what it hands
 * down; the brand colours have a dark counterpart (`--spa-color-primary-dark`).
 */
export const tokens = css`
  :host {
    /* Fill behind --_on-primary text. */
    --_primary: var(--_spa-primary, var(--spa-color-primary, #2b6a5c));
    /* The primary colour as text and lines on the surface. Unthemed, the page behind is unknown:
       half the text colour keeps 4.5:1 on light and dark pages alike (so does --_danger). */
    --_accent: var(--_spa-primary, var(--spa-color-primary, color-mix(in srgb, #2b6a5c 50%, currentColor)));
    --_on-primary: var(--_spa-on-primary, var(--spa-color-on-primary, #ffffff));
    --_surface: var(--spa-color-surface, transparent);
    --_muted: var(--spa-color-muted, var(--_spa-muted, color-mix(in srgb, currentColor 78%, transparent)));
    --_border: var(--spa-color-border, var(--_spa-border, color-mix(in srgb, currentColor 28%, transparent)));
    --_danger: var(--spa-color-danger, var(--_spa-danger, color-mix(in srgb, #a4262c 50%, currentColor)));
    --_radius: var(--spa-radius, 0.5em);
    --_space: var(--spa-space, 1em);
    --_shadow: var(--spa-shadow, none);
    /* 3:1 or more around a filled button as around text, on light and dark pages. */
    --_focus-ring: var(--spa-focus-ring, 0.1875em solid color-mix(in srgb, var(--_primary) 75%, currentColor));
    --_duration: var(--spa-duration, 180ms);

    display: block;
    box-sizing: border-box;
    font-size: var(--spa-font-size, 1em);
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
    /* Each paragraph takes its direction from its first letter, so an English string on an RTL
       page reads "2 of 5 questions", not "of 5 questions 2"; alignment still follows the page's
       direction, as the layout does (Chromium knows match-parent only with its prefix). */
    unicode-bidi: plaintext;
    text-align: -webkit-match-parent;
    text-align: match-parent;
  }
  /* A theme sets a whole palette; light-dark() picks per the color-scheme each theme asks for. */
  :host([theme]) {
    --_spa-primary: light-dark(var(--spa-color-primary, #2b6a5c), var(--spa-color-primary-dark, var(--spa-color-primary, #86d3bf)));
    --_spa-on-primary: light-dark(
      var(--spa-color-on-primary, #ffffff),
      var(--spa-color-on-primary-dark, var(--spa-color-on-primary, #0b1f1a))
    );
    --_spa-muted: light-dark(#4d5b58, #b4c3bf);
    --_spa-border: light-dark(#c5d0cd, #4a5a56);
    --_spa-danger: light-dark(#a4262c, #ff9c95);
    --_surface: var(--spa-color-surface, light-dark(#ffffff, #1b2321));
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
