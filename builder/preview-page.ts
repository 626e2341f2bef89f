import { escapeAttribute } from './snippet.js';

/**
 * The page around the widget in the preview: the designer's own background, text colour and font
 * (to see the widget as it will sit on their site), its direction and its language. None of it goes
 * into the snippet: it is the host page's, not the widget's.
 */
export interface PreviewPage {
  background: string;
  color: string;
  font: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}

export const PAGE_PRESETS = {
  light: { background: '#ffffff', color: '#1d1d1f' },
  dark: { background: '#16181d', color: '#e9e9ec' },
} as const;

export const DEFAULT_PAGE: PreviewPage = { ...PAGE_PRESETS.light, font: 'Georgia, serif', dir: 'ltr', lang: 'en' };

/** CSS text the designer typed, kept inside its declaration: no `;`, braces or `<` can end it. */
const declarationValue = (value: string) => value.replace(/[;{}<>\\]/g, '');

/**
 * The preview frame's page: the widget's markup as the snippet has it, the kit, and a relay that
 * hands each `spa-error` the widget reports to the builder. The kit from source (`npm start`) reads
 * its version and build flags from globals the dev server sets only in the builder's own page. The
 * classic kit (`.iife.js`, for the builder opened from disk) is a plain script.
 */
export function previewDocument(markup: string, kitSrc: string, page: PreviewPage): string {
  return `<!doctype html><html lang="${escapeAttribute(page.lang)}" dir="${page.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0; padding: 16px; background: ${declarationValue(page.background)}; color: ${declarationValue(page.color)}; font: 18px/1.6 ${declarationValue(page.font) || 'serif'}; }</style>
<script>globalThis.__SPA_VERSION__ ??= parent.__SPA_VERSION__;
globalThis.__SPA_DROP_IN__ ??= parent.__SPA_DROP_IN__;
document.addEventListener('spa-error', (event) => frameElement && frameElement.dispatchEvent(new CustomEvent('preview-error', { detail: event.detail })));</script>
${kitSrc.endsWith('.iife.js') ? `<script src="${escapeAttribute(kitSrc)}"></script>` : `<script type="module" src="${escapeAttribute(kitSrc)}"></script>`}</head><body>
${markup}
</body></html>`;
}
