import { expect, waitUntil } from '@open-wc/testing';
import { RemoteJsonLoader } from '../../src/core/remote-json.js';

/** Records which URLs were fetched, and re-renders, without a real element. */
function loaderFor(src: string) {
  let renders = 0;
  const loader = new RemoteJsonLoader({ requestUpdate: () => renders++ } as never, () => src);
  return { loader, renders: () => renders };
}

const fixtureUrl = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;

describe('RemoteJsonLoader', () => {
  it('fetches an object once per URL and re-renders the host when it arrives', async () => {
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      fetched.push(String(input));
      return original(input, init);
    };
    try {
      const url = `${fixtureUrl('remote-config.json')}?once`;
      const a = loaderFor(url);
      const b = loaderFor(url);
      expect(a.loader.current.loading).to.equal(true);
      expect(b.loader.current.loading).to.equal(true);
      await waitUntil(() => a.renders() && b.renders());
      expect(a.loader.current.value).to.deep.equal({ items: [{ question: 'From a file?', answer: 'Yes.' }] });
      expect(fetched.filter((f) => f === url)).to.have.length(1);
    } finally {
      window.fetch = original;
    }
  });

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
