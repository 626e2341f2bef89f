// The fuzz harness must see each failure it claims to look for: stand-in elements commit each
// one on purpose, and `observe` has to report it (a harness that sees nothing passes any kit).
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { observe, watchPage, type Kind } from './observe.js';
import { CANARY, flipFlop } from './values.js';

/** A stand-in that renders `view` in a block of its own. */
function standIn(tag: string, view: () => unknown, connected?: (host: HTMLElement) => void): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends LitElement {
      override connectedCallback(): void {
        super.connectedCallback();
        this.style.display = 'block';
        connected?.(this);
      }

      protected override render() {
        return view();
      }
    },
  );
}

standIn('fuzz-fine', () => html`<p>Fine</p>`);
standIn('fuzz-throws', () => {
  throw new TypeError('rendering failed');
});
standIn('fuzz-blank', () => html``);
standIn('fuzz-unsafe-link', () => html`<p><a href=${` JaVaScRiPt:${CANARY}`}>Book</a></p>`);
standIn('fuzz-injects', () => html`<p>${unsafeHTML(`<img src="data:," onerror="${CANARY}">`)}</p>`);
standIn('fuzz-late-error', () => html`<p>Late</p>`, () =>
  setTimeout(() => {
    throw new Error('a timer failed');
  }),
);
// Writes what its config says into an attribute it watches, so a config that changes on every read never lets it settle.
customElements.define(
  'fuzz-restless',
  class extends LitElement {
    static override properties = { config: { attribute: false }, mark: { reflect: true } };
    declare config?: { mark?: string };
    declare mark?: string;

    protected override render() {
      return html`<p>Restless</p>`;
    }

    protected override updated(): void {
      this.mark = this.config?.mark;
    }
  },
);
standIn('fuzz-floods', () => html`<p>Floods</p>`, (host) => console.error(`[${host.localName}] items: ${'x'.repeat(3000)}`));

/**
 * The kinds `observe` reports for `tag`, with nothing configured but `properties`. An error that
 * comes after the run counts too, as the survey counts it for the next run: a timer may fire late
 * (Firefox delays them in a page that is not in front).
 */
async function kindsOf(tag: string, properties: [string, unknown][] = []): Promise<Kind[]> {
  const watch = watchPage();
  try {
    const { findings } = await observe(tag, { attributes: [], properties }, watch);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = watch.take().errors.length ? (['uncaught'] as Kind[]) : [];
    return [...new Set([...findings.map((f) => f.kind), ...late])].sort();
  } finally {
    watch.stop();
    // A payload that runs late must not count for the next check.
    await new Promise((resolve) => setTimeout(resolve, 100));
    window.__canary = false;
  }
}

/** Declares the harness's own tests: run first, so a harness that went blind fails loudly. */
export function checkTheHarness(): void {
  describe('the fuzz harness', () => {
    it('finds nothing wrong with a widget that renders', async () => {
      expect(await kindsOf('fuzz-fine')).to.deep.equal([]);
    });

    it('sees an error thrown while rendering', async () => {
      expect(await kindsOf('fuzz-throws')).to.include('uncaught');
    });

    it('sees a blank widget', async () => {
      expect(await kindsOf('fuzz-blank')).to.deep.equal(['blank']);
    });

    it('sees a javascript: link, however it is written', async () => {
      expect(await kindsOf('fuzz-unsafe-link')).to.deep.equal(['unsafe-url']);
    });

    it('sees markup that runs script', async () => {
      expect(await kindsOf('fuzz-injects')).to.include('script');
    });

    it('sees an error thrown by a timer the widget set', async () => {
      expect(await kindsOf('fuzz-late-error')).to.deep.equal(['uncaught']);
    });

    it('sees a widget that never settles, and does not hang with it', async () => {
      expect(await kindsOf('fuzz-restless', [['config', flipFlop({ mark: 'a' })]])).to.deep.equal(['endless']);
    });

    it('sees a console.error line of 2,000 characters or more, and no spa-error with it', async () => {
      expect(await kindsOf('fuzz-floods')).to.deep.equal(['console', 'unpaired']);
    });
  });
}
