import { expect } from '@open-wc/testing';
import { copyText } from '../../src/core/clipboard.js';

/** Replaces `navigator.clipboard` for one call, as a page without it or with a refusal sees it. */
async function withClipboard(clipboard: unknown, run: () => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  try {
    await run();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  }
}

describe('copyText', () => {
  it('writes the text and resolves true', async () => {
    const written: string[] = [];
    await withClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) }, async () => {
      expect(await copyText('https://spa.example/#faq')).to.equal(true);
    });
    expect(written).to.deep.equal(['https://spa.example/#faq']);
  });

  it('resolves false, never throws, when the write is refused', async () => {
    await withClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }, async () => {
      expect(await copyText('x')).to.equal(false);
    });
  });

  it('resolves false where there is no clipboard (an insecure page)', async () => {
    await withClipboard(undefined, async () => {
      expect(await copyText('x')).to.equal(false);
    });
  });
});
