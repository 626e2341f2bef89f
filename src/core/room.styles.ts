import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The room a widget holds while it is busy (waiting to be needed, or for its language's wording):
 * the block size of its built-in content in an article column, in `em`, from each least viewport
 * width in `em` (0: any). The same sizes as `src/spa-widgets-reserve.css`, which holds the room
 * before the script arrives; a contract test keeps the two equal. The page's own CSS wins.
 */
export function roomWhileBusy(sizes: ReadonlyArray<readonly [minWidth: number, blockSize: number]>, inlineSize?: number): CSSResult {
  const rule = (blockSize: number) =>
    `:host([aria-busy='true']){min-block-size:${blockSize}em${inlineSize ? `;min-inline-size:${inlineSize}em` : ''}}`;
  return unsafeCSS(sizes.map(([minWidth, blockSize]) => (minWidth ? `@media (min-width:${minWidth}em){${rule(blockSize)}}` : rule(blockSize))).join(''));
}
