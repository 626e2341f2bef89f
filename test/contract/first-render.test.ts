// Rendering when needed, as every element promises it: a widget far below the screen whose room the
// page holds costs no rendering at page load. Until it is needed it shows the author's HTML inside
// it, is busy (which the reserve stylesheet keys on), and still reports refused input; it renders
// when the reader comes near, when the browser is idle, or at once when the page is printed. While
// it waits it holds the room of its built-in content, the same as the reserve stylesheet. A widget
// within a screen of the reader, or whose room the page takes away, renders in its first update.
// A drop-in script registers after the page is painted when every widget of its tag can wait
// unseen: its room held, or below the screen. A widget another widget renders renders with it, and
// is registered with it when its tag was waiting.
import { expect, nextFrame } from '@open-wc/testing';
import { captureSpaErrors } from '../helpers/console.js';
import { KIT, type Widget } from '../helpers/kit.js';

/** Anything the element's own template rendered (the waiting widget holds only slots). */
const rendered = (el: Element) => el.shadowRoot!.querySelector('[part]') !== null;

interface Waiting {
  el: Widget;
  /** Whether the element rendered its template, was busy and showed the author's paragraph, at the end of its first update. */
  atFirstUpdate: { rendered: boolean; busy: string | null; authorsTextShown: boolean };
}

/**
 * The element `screens` screens below the top of a fresh page, with a paragraph of the author's
 * inside and `prepare` applied; resolves at the end of its first update, before anything else can
 * run, with `then` called there too.
 */
function placed(
  row: (typeof KIT)[number],
  screens: number,
  prepare: (el: Widget) => void = () => {},
  then: (el: Widget) => void = () => {},
  room: 'page' | 'own' | 'none' = 'page',
): Promise<Waiting> {
  const wrapper = document.createElement('div');
  wrapper.className = 'first-render-test';
  wrapper.innerHTML = `<div style="block-size: ${screens * innerHeight}px"></div>`;
  const el = document.createElement(row.tag) as Widget;
  for (const [name, value] of Object.entries(row.required ?? {})) el.setAttribute(name, value);
  el.innerHTML = '<p>Our own words</p>';
  // The page holds a room of its own choosing while it is busy, or takes the widget's own away.
  const pageRoom = { page: 'display: block; min-block-size: 300px;', none: 'min-block-size: 0; min-inline-size: 0;', own: '' }[room];
  if (pageRoom) wrapper.append(Object.assign(document.createElement('style'), { textContent: `${row.tag}[aria-busy="true"] { ${pageRoom} }` }));
  prepare(el);
  wrapper.append(el);
  return new Promise((resolve) => {
    // The first update sets `aria-busy` on a waiting widget; an observer runs right after that update.
    const busy = new MutationObserver(() => {
      busy.disconnect();
      const paragraph = el.querySelector('p')!;
      const atFirstUpdate = {
        rendered: rendered(el),
        busy: el.getAttribute('aria-busy'),
        authorsTextShown: paragraph.assignedSlot !== null && paragraph.getBoundingClientRect().height > 0,
      };
      then(el);
      resolve({ el, atFirstUpdate });
    });
    busy.observe(el, { attributeFilter: ['aria-busy'] });
    document.body.append(wrapper);
    void el.updateComplete.then(() => {
      // Rendered in its first update: nothing was set busy.
      busy.disconnect();
      resolve({ el, atFirstUpdate: { rendered: rendered(el), busy: el.getAttribute('aria-busy'), authorsTextShown: false } });
    });
  });
}

/** The room `src/spa-widgets-reserve.css` gives a bare `tag` in a frame as wide as this page, as [min-block-size, min-inline-size]. */
async function reserveStylesheetRoom(tag: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `border: 0; inline-size: ${innerWidth}px; block-size: 200px`;
  frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${new URL('/src/spa-widgets-reserve.css', location.href).href}"><${tag}></${tag}>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const style = getComputedStyle(frame.contentDocument!.querySelector(tag)!);
    return [style.minBlockSize, style.minInlineSize];
  } finally {
    frame.remove();
  }
}

/**
 * Opens `page` in a frame at an address of its own (which a fragment can follow), `fragment`
 * added, and resolves with what the page reports: `parent.postMessage({ report }, '*')`.
 */
async function framedPage<T>(page: string, fragment = '', blockSize = ''): Promise<T> {
  const frame = document.createElement('iframe');
  frame.style.blockSize = blockSize;
  const address = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
  frame.src = address + fragment;
  const reported = new Promise<T>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.report) return;
      removeEventListener('message', listen);
      resolve(event.data.report);
    };
    addEventListener('message', listen);
  });
  document.body.append(frame);
  try {
    return await reported;
  } finally {
    frame.remove();
    URL.revokeObjectURL(address);
  }
}

/**
 * Loads the element's drop-in entry into a fresh frame that holds one bare tag, its room held by the
 * page or not, on the frame's screen or just below it, opened at `fragment`. Says whether the tag
 * was defined once the script had run, and whether the frame had had an animation frame (the step
 * before its paint) by the time it was defined.
 */
function registration(
  tag: string,
  room: boolean,
  place: 'on the screen' | 'below the screen' | 'on the screen and below' = 'on the screen',
  fragment = '',
): Promise<{ atOnce: boolean; afterAFrame: boolean }> {
  const held = room ? `<style>${tag}:not(:defined) { display: block; min-block-size: 300px; }</style>` : '';
  const widgets = {
    'on the screen': `<${tag}></${tag}>`,
    'below the screen': `<div style="height: 101vh"></div><${tag}></${tag}>`,
    'on the screen and below': `<${tag}></${tag}><div style="height: 101vh"></div><${tag}></${tag}>`,
  }[place];
  const page = `<!doctype html>${held}<p id="article">Our article</p>${widgets}
    <script type="module" src="${new URL(`/src/elements/${tag}/define.ts`, location.href).href}"></script>
    <script type="module">
      // Module scripts run in order, before the page's load: this one once the drop-in has run.
      let framed = false;
      requestAnimationFrame(() => (framed = true));
      const atOnce = customElements.get('${tag}') !== undefined;
      await customElements.whenDefined('${tag}');
      parent.postMessage({ report: { atOnce, afterAFrame: framed } }, '*');
    </script>`;
  return framedPage(page, fragment);
}

for (const row of KIT) {
  describe(`<${row.tag}> registers after the page's paint when it can wait unseen`, () => {
    it('the page holds its room: the drop-in registers it after the next frame, so the text around it is painted first', async () => {
      expect(await registration(row.tag, true)).to.deep.equal({ atOnce: false, afterAFrame: true });
    });

    it('no room held, on the screen: it is registered as the script runs, so nothing is painted without it', async () => {
      expect((await registration(row.tag, false)).atOnce).to.equal(true);
    });

    it('no room held, below the screen: it registers after the next frame, in a task of its own', async () => {
      expect(await registration(row.tag, false, 'below the screen')).to.deep.equal({ atOnce: false, afterAFrame: true });
    });

    it('no room held, below the screen, the page opened at a #fragment: it is registered as the script runs, since the browser may scroll to it', async () => {
      expect((await registration(row.tag, false, 'below the screen', '#article')).atOnce).to.equal(true);
    });

    // Chromium shows the page a text fragment (in its navigation entry); Firefox and Safari hide it
    // from the page altogether, so there the widget waits as on a page opened without one.
    const textFragmentSeen = navigator.userAgent.includes('Chrome/');
    it(`no room held, below the screen, the page opened at a text fragment: ${textFragmentSeen ? 'it is registered as the script runs' : 'unseen by the page, it waits'}`, async () => {
      expect((await registration(row.tag, false, 'below the screen', '#:~:text=Our%20article')).atOnce).to.equal(textFragmentSeen);
    });

    it('no room held, one on the screen and one below: it is registered as the script runs', async () => {
      expect((await registration(row.tag, false, 'on the screen and below')).atOnce).to.equal(true);
    });
  });

  describe(`<${row.tag}> renders when needed`, () => {
    afterEach(() => {
      document.querySelectorAll('.first-render-test').forEach((wrapper) => wrapper.remove());
      scrollTo(0, 0);
    });

    it('two screens below the reader, its first update shows the author’s HTML, busy, and still reports refused input', async () => {
      let waiting: Waiting | undefined;
      const errors = await captureSpaErrors(async () => {
        waiting = await placed(row, 3, (el) => el.setAttribute('theme', 'purple'));
      });
      const { el, atFirstUpdate } = waiting!;
      expect(atFirstUpdate).to.deep.equal({ rendered: false, busy: 'true', authorsTextShown: true });
      expect(errors.map((error) => `${error.tag} ${error.path}`)).to.deep.equal([`${row.tag} theme`]);
      await el.updateComplete;
      expect(rendered(el), 'rendered once idle, without any scrolling').to.equal(true);
      expect(el.hasAttribute('aria-busy'), 'busy no more').to.equal(false);
    });

    it('renders within the same task when the page is printed', async () => {
      let printed: Promise<boolean> | undefined;
      await placed(row, 3, undefined, (el) => {
        let taskEnded = false;
        setTimeout(() => (taskEnded = true));
        dispatchEvent(new Event('beforeprint'));
        printed = el.updateComplete.then(() => rendered(el) && !taskEnded);
      });
      expect(await printed, 'rendered before the task ended').to.equal(true);
    });

    it('scrolled to, it is rendered and busy no more by the next frames', async () => {
      const { el } = await placed(row, 3, undefined, (el) => el.scrollIntoView());
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(rendered(el)).to.equal(true);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('with no stylesheet of the page’s, it waits in the room the reserve stylesheet would give it', async () => {
      const expected = await reserveStylesheetRoom(row.tag);
      let room: string[] = [];
      const { atFirstUpdate } = await placed(row, 3, undefined, (el) => {
        const style = getComputedStyle(el);
        room = [style.minBlockSize, style.minInlineSize];
      }, 'own');
      expect(atFirstUpdate.rendered).to.equal(false);
      expect(atFirstUpdate.busy).to.equal('true');
      expect(room).to.deep.equal(expected);
      expect(parseFloat(room[0])).to.be.greaterThan(0);
    });

    it('with its room taken away by the page, it renders in its first update: growing later would move a reader’s text', async () => {
      const { atFirstUpdate } = await placed(row, 3, undefined, undefined, 'none');
      expect(atFirstUpdate.rendered).to.equal(true);
      expect(atFirstUpdate.busy).to.equal(null);
    });

    it('on the screen, it is drawn at its full height: it does not grow a frame later, moving the text below', async () => {
      const { el } = await placed(row, 0);
      await el.updateComplete;
      const drawn = el.getBoundingClientRect().height;
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(drawn);
    });

    it('within a screen of the reader, it renders in its first update', async () => {
      const { atFirstUpdate } = await placed(row, 1.5);
      expect(atFirstUpdate.rendered).to.equal(true);
      expect(atFirstUpdate.busy).to.equal(null);
    });
  });
}

describe('a widget removed while it waits to be needed', () => {
  afterEach(() => document.querySelectorAll('.first-render-test').forEach((wrapper) => wrapper.remove()));

  it('leaves no structured data behind when it is released (cards with schema, which write theirs at once)', async () => {
    const cards = KIT.find((row) => row.tag === 'spa-technique-cards')!;
    const blocks = () => document.head.querySelectorAll('script[data-spa-schema="spa-technique-cards"]').length;
    let removedWhileWaiting: number | undefined;
    const { el, atFirstUpdate } = await placed(
      cards,
      3,
      (waiting) => waiting.setAttribute('schema', 'on'),
      (waiting) => {
        // Taken out with the element.
        waiting.remove();
        removedWhileWaiting = blocks();
      },
    );
    expect(atFirstUpdate.busy, 'it waits').to.equal('true');
    expect(removedWhileWaiting).to.equal(0);
    // Printing releases every waiting widget: its update runs, detached.
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(blocks()).to.equal(0);
  });
});

describe('a widget another widget renders', () => {
  it('is whole in the first frame of a widget on the screen, though its tag was waiting for the paint (the page’s own lie below)', async () => {
    const page = `<!doctype html><spa-technique-cards booking-href="https://book.example/spa"></spa-technique-cards>
      <div style="height: 5000px"></div><spa-booking-button href="https://book.example/spa"></spa-booking-button>
      <script type="module">
        await import('${new URL('/src/elements/spa-technique-cards/define.ts', location.href).href}');
        requestAnimationFrame(() => {
          const buttons = [...document.querySelector('spa-technique-cards').shadowRoot.querySelectorAll('spa-booking-button')];
          const whole = buttons.map((button) => button.matches(':defined') && button.shadowRoot?.querySelector('[part~="button"]') !== null);
          parent.postMessage({ report: whole }, '*');
        });
      </script>`;
    const whole = await framedPage<boolean[]>(page, '', '700px');
    expect(whole.length).to.be.greaterThan(1);
    expect(whole).to.deep.equal(whole.map(() => true));
  });

  it('renders with it, however far down it lies: the cards’ booking buttons do not wait', async () => {
    const wrapper = document.createElement('div');
    wrapper.className = 'first-render-test';
    wrapper.style.inlineSize = '300px';
    const cards = document.createElement('spa-technique-cards');
    cards.setAttribute('booking-href', 'https://book.example/spa');
    wrapper.append(cards);
    document.body.append(wrapper);
    try {
      await cards.updateComplete;
      const buttons = [...cards.shadowRoot!.querySelectorAll('spa-booking-button')];
      expect(buttons.length).to.be.greaterThan(1);
      expect(buttons.at(-1)!.getBoundingClientRect().top, 'the last lies more than two screens down').to.be.greaterThan(2 * innerHeight);
      // Their first updates ran in the cards' task, right after the cards' render.
      expect(buttons.map((button) => [rendered(button), button.getAttribute('aria-busy')])).to.deep.equal(buttons.map(() => [true, null]));
    } finally {
      wrapper.remove();
    }
  });
});

describe('the reserve stylesheet', () => {
  it('gives a bare booking button the line the upgraded one takes: the text after it does not move', async () => {
    const line = '<p style="margin: 0; font: 18px/1.6 Georgia, serif">Ready? <spa-booking-button href="https://book.example/spa"></spa-booking-button> We open at nine.</p>';
    const frame = document.createElement('iframe');
    frame.style.cssText = 'border: 0; inline-size: 600px; block-size: 200px';
    frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${new URL('/src/spa-widgets-reserve.css', location.href).href}">${line}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const upgraded = Object.assign(document.createElement('div'), { innerHTML: line });
    upgraded.style.inlineSize = '600px';
    document.body.append(frame, upgraded);
    try {
      await loaded;
      await upgraded.querySelector<Widget>('spa-booking-button')!.updateComplete;
      const bare = frame.contentDocument!.querySelector('p')!.getBoundingClientRect().height;
      expect(upgraded.querySelector('p')!.getBoundingClientRect().height).to.be.closeTo(bare, 1);
    } finally {
      frame.remove();
      upgraded.remove();
    }
  });
});
