import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { RemoteJsonLoader } from '../../src/core/remote-json.js';
import { text } from '../../src/core/schema.js';
import { SpaFaq } from '../../src/elements/spa-faq/spa-faq.js';

/** Records which URLs were fetched, and re-renders, without a real element. */
function loaderFor(src: string) {
  let renders = 0;
  const loader = new RemoteJsonLoader({ requestUpdate: () => renders++ } as never, () => src);
  return { loader, renders: () => renders };
}

const fixtureUrl = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;

/** Runs `test` while recording the URLs the page fetches. */
async function recordingFetches(test: (fetched: readonly string[]) => Promise<void>): Promise<void> {
  const fetched: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    fetched.push(String(input));
    return original(input, init);
  };
  try {
    await test(fetched);
  } finally {
    window.fetch = original;
  }
}

describe('RemoteJsonLoader', () => {
  it('fetches an object once per URL and re-renders the host when it arrives', () =>
    recordingFetches(async (fetched) => {
      const url = `${fixtureUrl('remote-config.json')}?once`;
      const a = loaderFor(url);
      const b = loaderFor(url);
      expect(a.loader.current.loading).to.equal(true);
      expect(b.loader.current.loading).to.equal(true);
      await waitUntil(() => a.renders() && b.renders());
      expect(a.loader.current.value).to.deep.equal({ items: [{ question: 'From a file?', answer: 'Yes.' }] });
      expect(fetched.filter((f) => f === url)).to.have.length(1);
    }));

  const problems: { name: string; src: string; message: RegExp }[] = [
    { name: 'a missing file', src: fixtureUrl('no-such-file.json'), message: /answered 404; check the address/ },
    { name: 'a file that is not JSON', src: fixtureUrl('booking-page.html'), message: /is not valid JSON/ },
    { name: 'an unsafe scheme', src: 'javascript:alert(1)', message: /"javascript:" links are not allowed/ },
    { name: 'a scheme that cannot be fetched', src: 'mailto:spa@example.com', message: /"mailto:" cannot be fetched/ },
  ];
  for (const { name, src, message } of problems) {
    it(`reports ${name} under "src" and keeps nothing`, async () => {
      const { loader } = loaderFor(src);
      await waitUntil(() => !loader.current.loading);
      expect(loader.current.value).to.equal(undefined);
      expect(loader.current.problem!.path).to.equal('src');
      expect(loader.current.problem!.message).to.match(message);
    });
  }
});

describe('srcField', () => {
  // An element fetches the file named in `src` only when its `src` field is the kit's srcField,
  // which brings the loader: a subclass that declares its own `src` (plain JavaScript; TypeScript
  // refuses it) keeps it as a plain setting.
  class FaqWithPlainSrc extends SpaFaq {
    static override fields = { ...SpaFaq.fields, src: () => text() } as unknown as typeof SpaFaq.fields;
  }
  class FaqSubclass extends SpaFaq {}
  customElements.define('test-faq-plain-src', FaqWithPlainSrc);
  customElements.define('test-faq-subclass', FaqSubclass);

  const questions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="question"]')].map((q) => q.textContent!.trim());

  for (const [tag, fetches] of [['test-faq-subclass', true], ['test-faq-plain-src', false]] as const) {
    it(`<${tag}> ${fetches ? 'fetches its src file' : 'renders without fetching'}`, () =>
      recordingFetches(async (fetched) => {
        const url = `${fixtureUrl('remote-config.json')}?${tag}`;
        const el = await fixture(staticHtml`<${unsafeStatic(tag)} src=${url}></${unsafeStatic(tag)}>`);
        if (fetches) await waitUntil(() => questions(el).includes('From a file?'), 'the file\'s question is shown');
        else await new Promise((resolve) => setTimeout(resolve, 100));
        expect(fetched.includes(url)).to.equal(fetches);
        expect(questions(el).length).to.be.greaterThan(0);
      }));
  }
});
