// The builder in a real browser: a designer sets a widget up in its forms, the preview shows it,
// and the copied snippet, loaded into a blank page, shows the same widget; pasted back, it fills
// the same forms. Unsafe input is flagged beside its field and never reaches the snippet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defineBuilder } from '../../builder/define.js';
import type { SpaSnippetBuilder } from '../../builder/spa-snippet-builder.js';
import { DEFAULT_PAGE } from '../../builder/preview-page.js';
import { PLACEHOLDER_BASE } from '../../builder/snippet.js';

defineBuilder();
const manifest = await (await fetch('/custom-elements.json')).json();

/** What a designer does in a form: a value typed, a choice picked, a box ticked. */
type Step = [field: string, value: string | boolean];

const DESIGNS: Record<string, Step[]> = {
  'spa-booking-button': [
    ['href', 'https://calendly.com/serene-spa/60min'],
    ['provider', 'calendly'],
    ['label', 'Book your massage'],
    ['mode', 'new-tab'],
    ['utmSource', 'blog'],
    ['variant', 'outline'],
    ['--spa-color-primary', '#7a3e9d'],
    ['--spa-radius', '2em'],
  ],
  'spa-faq': [
    ['search', true],
    ['single', true],
    ['headingLevel', '2'],
    ['schema', false],
    ['theme', 'dark'],
    ['--spa-color-primary-dark', '#f0b37e'],
    ['--spa-font-family', '"Trebuchet MS", sans-serif'],
  ],
  'spa-technique-cards': [
    ['bookingHref', 'https://calendly.com/serene-spa'],
    ['bookingProvider', 'calendly'],
    ['layout', 'table'],
    ['highlight', 'swedish'],
    ['--spa-color-surface', '#fdf8f3'],
    ['--spa-color-border', 'rgb(200, 180, 160)'],
  ],
  'spa-pain-check': [
    ['bookingHref', 'https://calendly.com/serene-spa'],
    ['emergencyNumber', '112'],
    ['compact', true],
    ['--spa-color-primary', '#0b5cad'],
  ],
};

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const part = (widget: Widget, name: string) => widget.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What the preview must show for each design above: the forms reached the widget. */
const SEEN: Record<string, (widget: Widget) => void> = {
  'spa-booking-button': (widget) => {
    const link = part(widget, 'button') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.match(/^Book your massage/);
    expect(link.href).to.match(/^https:\/\/calendly\.com\/serene-spa\/60min\?.*utm_source=blog/);
    expect(link.target).to.equal('_blank');
    expect(getComputedStyle(link).color, 'the outline button in the brand colour').to.equal('rgb(122, 62, 157)');
    expect(getComputedStyle(link).borderRadius).to.equal(getComputedStyle(link).fontSize.replace(/[\d.]+/, (size) => String(Number(size) * 2)));
  },
  'spa-faq': (widget) => {
    expect(part(widget, 'search-input')).to.not.equal(null);
    expect(widget.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(widget.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(part(widget, 'question')!).fontFamily).to.equal('"Trebuchet MS", sans-serif');
  },
  'spa-technique-cards': (widget) => {
    expect(part(widget, 'table')).to.not.equal(null);
    expect(part(widget, 'recommended')).to.not.equal(null);
    const lines = [...widget.shadowRoot!.querySelectorAll('[part], th, td')].flatMap((node) => {
      const style = getComputedStyle(node);
      return [style.borderTopColor, style.borderBottomColor, style.backgroundColor];
    });
    expect(lines, 'the border and surface tokens reach the table').to.include.members(['rgb(200, 180, 160)', 'rgb(253, 248, 243)']);
  },
  'spa-pain-check': (widget) => {
    expect(widget.hasAttribute('compact')).to.equal(true);
    expect(widget.getAttribute('emergency-number')).to.equal('112');
  },
};

async function builder(): Promise<SpaSnippetBuilder> {
  const el = await fixture<SpaSnippetBuilder>(html`<spa-snippet-builder kit-src="/src/index.ts"></spa-snippet-builder>`);
  el.manifest = manifest;
  await el.updateComplete;
  return el;
}

/** A setting's control, or a theme token's text field (`--spa-radius` → `#token-radius`). */
const control = (el: SpaSnippetBuilder, field: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>(field.startsWith('--spa-') ? `#token-${field.slice(6)}` : `#field-${field}`)!;

async function pickWidget(el: SpaSnippetBuilder, tag: string): Promise<void> {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#widget')!;
  select.value = tag;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function apply(el: SpaSnippetBuilder, [field, value]: Step): Promise<void> {
  const input = control(el, field);
  if (typeof value === 'boolean') {
    if (input.checked !== value) input.click();
  } else {
    input.value = value;
    input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
  }
  await el.updateComplete;
}

/** The widget in the preview frame once the frame shows the current snippet and it has rendered. */
async function previewed(el: SpaSnippetBuilder, tag: string): Promise<Widget> {
  const frame = el.shadowRoot!.querySelector('iframe')!;
  const markup = el.snippet.split('\n')[1];
  await waitUntil(() => frame.srcdoc.includes(markup) && frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector(tag), 'the preview shows the snippet', { timeout: 5000 });
  const widget = frame.contentDocument!.querySelector(tag) as Widget;
  await waitUntil(() => 'updateComplete' in widget, 'the kit has loaded in the preview', { timeout: 5000 });
  await widget.updateComplete;
  await settledStructuredData(widget);
  return widget;
}

/** The FAQ writes its structured data a task after it renders. */
const settledStructuredData = (widget: Widget) => new Promise((done) => widget.ownerDocument.defaultView!.setTimeout(done, 20));

/** The snippet in a page of its own, with the source of its one-widget drop-in for the built file. */
async function blankPage(snippet: string, tag: string): Promise<Widget> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '360px';
  frame.style.blockSize = '600px';
  // The page the preview shows by default: the same background, text colour and font.
  const { background, color, font } = DEFAULT_PAGE;
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0; padding: 16px; background: ${background}; color: ${color}; font: 18px/1.6 ${font}">${snippet.replace(
    `${PLACEHOLDER_BASE}standalone/${tag}.js`,
    `/src/elements/${tag}/define.ts`,
  )}</body></html>`;
  frame.className = 'blank-page';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow!.customElements.get(tag), 'the snippet page has loaded', { timeout: 5000 });
  const widget = frame.contentDocument!.querySelector(tag) as Widget;
  await widget.updateComplete;
  await settledStructuredData(widget);
  return widget;
}

/** What a visitor sees and follows: the text, the links, and the colours of the parts. */
function observed(widget: HTMLElement) {
  const root = widget.shadowRoot!;
  const view = widget.ownerDocument.defaultView!;
  return {
    text: root.textContent!.replace(/\s+/g, ' ').trim(),
    links: [...root.querySelectorAll('a')].map((a) => a.href),
    colours: [...root.querySelectorAll('[part]')].slice(0, 8).map((part) => {
      const style = view.getComputedStyle(part);
      return `${part.getAttribute('part')}: ${style.color} on ${style.backgroundColor}, border ${style.borderColor}, radius ${style.borderRadius}, ${style.fontFamily}`;
    }),
    theme: widget.getAttribute('theme'),
    structuredData: [...widget.ownerDocument.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!)),
  };
}

describe('builder: the round trip', () => {
  afterEach(() => document.querySelectorAll('.blank-page').forEach((frame) => frame.remove()));

  for (const [tag, steps] of Object.entries(DESIGNS)) {
    it(`<${tag}>: the preview, the snippet in a blank page, and the forms after pasting it back agree`, async () => {
      const el = await builder();
      await pickWidget(el, tag);
      for (const step of steps) await apply(el, step);
      const widget = await previewed(el, tag);
      SEEN[tag](widget);
      const preview = observed(widget);
      const snippet = el.snippet;
      const page = observed(await blankPage(snippet, tag));
      expect(page).to.deep.equal(preview);

      const fresh = await builder();
      fresh.load(snippet);
      await fresh.updateComplete;
      expect(fresh.snippet).to.equal(snippet);
      for (const [field, value] of steps) {
        const input = control(fresh, field);
        expect(typeof value === 'boolean' ? input.checked : input.value, `${field} after pasting`).to.equal(value);
      }
    });
  }
});

describe('builder: problems beside their field', () => {
  it('a javascript: address is flagged at its field, and left out of the preview and the snippet', async () => {
    const el = await builder();
    await apply(el, ['href', 'javascript:alert(document.cookie)']);
    const input = control(el, 'href');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const problem = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1])!;
    expect(problem.textContent).to.contain('"javascript:" links are not allowed');
    expect(el.snippet).to.not.contain('javascript');
    const preview = await previewed(el, 'spa-booking-button');
    expect(preview.outerHTML).to.not.contain('javascript');
  });

  it('what the widget reports in the preview shows at the field it names', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-technique-cards');
    await apply(el, ['highlight', 'Not An Id']);
    await previewed(el, 'spa-technique-cards');
    const input = control(el, 'highlight');
    await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'the field is marked');
    const problem = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[1])!;
    expect(problem.textContent).to.contain('expected an id of lower-case letters');
  });
});

describe('builder: accessibility', () => {
  it('has no axe violations for each widget, with a problem flagged and after pasting a snippet', async () => {
    const el = await builder();
    for (const tag of Object.keys(DESIGNS)) {
      await pickWidget(el, tag);
      await expect(el).to.be.accessible();
    }
    await pickWidget(el, 'spa-booking-button');
    await apply(el, ['href', 'javascript:alert(1)']);
    await expect(el).to.be.accessible();
    el.load('<spa-faq search data-x="1"></spa-faq>');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    for (const tag of ['spa-faq', 'spa-technique-cards']) {
      await pickWidget(el, tag);
      await press(el, 'Start from them');
      await typeInto(el, `#${tag === 'spa-faq' ? 'items-0-question' : 'techniques-0-name'}`, '');
      await expect(listEditor(el)).to.be.accessible();
    }
  });

  it('every control has a label and its description', async () => {
    const el = await builder();
    for (const tag of Object.keys(DESIGNS)) {
      await pickWidget(el, tag);
      for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('.settings input, .settings select')) {
        expect(input.labels!.length || input.getAttribute('aria-label')?.length, `${tag} #${input.id} is labelled`).to.be.greaterThan(0);
        if (input.id && input.id !== 'widget') expect(el.shadowRoot!.getElementById(`${input.id}-about`)!.textContent!.trim(), `${input.id} is described`).to.not.equal('');
      }
    }
  });
});

describe('builder: the page around the preview', () => {
  it('shows the widget right to left, in Spanish, on the designer’s own colours and font, none of which goes into the snippet', async () => {
    const el = await builder();
    await apply(el, ['href', 'https://calendly.com/serene-spa']);
    const before = el.snippet;
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[type="checkbox"]:not([id])')!.click();
    const language = root.querySelector<HTMLSelectElement>('.preview select')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    for (const [key, value] of [['background', '#fdf8f3'], ['color', '#3a2f28'], ['font', '"Lora", serif']]) {
      const input = root.querySelector<HTMLInputElement>(`#page-${key}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    const frame = root.querySelector('iframe')!;
    await waitUntil(() => frame.contentDocument?.documentElement?.lang === 'es' && frame.contentDocument.body && getComputedStyle(frame.contentDocument.body).fontFamily.includes('Lora'), 'the frame shows the page', { timeout: 5000 });
    const widget = await previewed(el, 'spa-booking-button');
    const page = frame.contentDocument!;
    expect(page.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(page.body).backgroundColor).to.equal('rgb(253, 248, 243)');
    expect(part(widget, 'button')!.textContent!.trim()).to.equal('Reservar un masaje');
    expect(el.snippet).to.equal(before);
  });
});

/** The list editor of a list field (`items`, `techniques`) in the builder. */
const listEditor = (el: SpaSnippetBuilder) => el.shadowRoot!.querySelector('spa-list-editor')!;
const inEditor = (el: SpaSnippetBuilder, selector: string) => listEditor(el).shadowRoot!.querySelector<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(selector)!;

async function typeInto(el: SpaSnippetBuilder, selector: string, value: string): Promise<void> {
  const input = inEditor(el, selector);
  input.value = value;
  input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input'));
  await listEditor(el).updateComplete;
  await el.updateComplete;
}

async function press(el: SpaSnippetBuilder, name: string): Promise<void> {
  const button = [...listEditor(el).shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  expect(button, `a button named "${name}"`).to.not.equal(undefined);
  button!.click();
  await listEditor(el).updateComplete;
  await el.updateComplete;
}

/** The widget in a blank page, compared with the preview; then the snippet pasted into a fresh builder. */
async function roundTrip(el: SpaSnippetBuilder, tag: string) {
  const preview = await previewed(el, tag);
  expect(el.problems, 'the widget in the preview reports nothing').to.deep.equal([]);
  const seen = observed(preview);
  const snippet = el.snippet;
  expect(observed(await blankPage(snippet, tag))).to.deep.equal(seen);
  const fresh = await builder();
  fresh.load(snippet);
  await fresh.updateComplete;
  await listEditor(fresh).updateComplete;
  expect(fresh.snippet).to.equal(snippet);
  return { preview, seen, snippet, fresh };
}

describe('builder: content in forms', () => {
  afterEach(() => document.querySelectorAll('.blank-page').forEach((frame) => frame.remove()));

  it('a branded FAQ of six questions of the spa’s own, reordered and trimmed, comes back the same', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-faq');
    await apply(el, ['--spa-color-primary', '#7a3e9d']);
    const questions = [
      ['Do you have parking?', 'Yes: free parking behind the spa.', 'Visiting'],
      ['How early should I arrive?', 'Ten minutes before your time.\n\nThat leaves time for a short form.', 'Visiting'],
      ['Can I pay by card?', 'Yes, every major card.', 'Payment'],
      ['Do you sell gift cards?', 'Yes: [buy one online](https://serene.example/gift).', 'Payment'],
      ['Is deep tissue painful?', 'It can be intense; tell your therapist at any time.', ''],
      ['What should I wear?', 'Whatever is comfortable: we give you a robe.', ''],
      ['Spare question', 'To be removed.', ''],
    ];
    for (const [i, [question, answer, category]] of questions.entries()) {
      await press(el, 'Add a question');
      await typeInto(el, `#items-${i}-question`, question);
      await typeInto(el, `#items-${i}-answer`, answer);
      if (category) await typeInto(el, `#items-${i}-category`, category);
    }
    await press(el, 'Remove question 7');
    await press(el, 'Move question 6 up');
    const { preview, seen, fresh } = await roundTrip(el, 'spa-faq');
    const shown = [...preview.shadowRoot!.querySelectorAll('[part~="question"]')].map((q) => q.textContent!.trim());
    expect(shown).to.deep.equal(['Do you have parking?', 'How early should I arrive?', 'Can I pay by card?', 'Do you sell gift cards?', 'What should I wear?', 'Is deep tissue painful?']);
    expect(seen.links).to.include('https://serene.example/gift');
    expect(seen.structuredData[0].mainEntity).to.have.length(6);
    expect(inEditor(fresh, '#items-4-question').value).to.equal('What should I wear?');
    expect(inEditor(fresh, '#items-1-answer').value).to.equal('Ten minutes before your time.\n\nThat leaves time for a short form.');
    expect(inEditor(fresh, '#items-3-category').value).to.equal('Payment');
  });

  it('technique cards with prices, from the built-in three', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-technique-cards');
    await apply(el, ['schema', true]);
    await press(el, 'Start from them');
    for (const [i, amount] of ['95', '80', '90'].entries()) {
      await typeInto(el, `#techniques-${i}-price-amount`, amount);
      await typeInto(el, `#techniques-${i}-price-currency`, 'EUR');
    }
    await typeInto(el, '#techniques-1-name', 'Swedish relaxation');
    const { seen, fresh } = await roundTrip(el, 'spa-technique-cards');
    expect(seen.text).to.contain('Swedish relaxation');
    expect(seen.text).to.match(/€\s?80|80[,.]00\s?€/);
    const offers = seen.structuredData[0]['@graph'].map((service: { offers?: { price: number; priceCurrency: string } }) => service.offers && `${service.offers.price} ${service.offers.priceCurrency}`);
    expect(offers).to.deep.equal(['95 EUR', '80 EUR', '90 EUR']);
    expect(inEditor(fresh, '#techniques-2-price-amount').value).to.equal('90');
  });

  it('questions are reordered by dragging too', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-faq');
    await press(el, 'Start from them');
    const entries = () => [...listEditor(el).shadowRoot!.querySelectorAll('li')];
    const first = entries()[0].querySelector('legend .title')!.textContent;
    const transfer = new DataTransfer();
    entries()[0].dispatchEvent(new DragEvent('dragstart', { dataTransfer: transfer, bubbles: true }));
    entries()[2].dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await listEditor(el).updateComplete;
    expect(entries()[2].querySelector('legend .title')!.textContent).to.equal(first);
    expect(listEditor(el).shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Question moved to position 3 of 5.');
  });

  it('HTML typed into a question stays text in the preview and the snippet, and an unsafe link is flagged at its answer', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-faq');
    await press(el, 'Add a question');
    await typeInto(el, '#items-0-question', '<img src=x onerror="window.hacked = 1">Is it safe?</script>');
    await typeInto(el, '#items-0-answer', 'See [this](javascript:window.hacked=2).');
    const preview = await previewed(el, 'spa-faq');
    expect(preview.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(preview, 'question')!.textContent).to.contain('<img src=x');
    expect(el.snippet).to.not.contain('<img').and.not.contain('</script>","');
    const answer = inEditor(el, '#items-0-answer');
    await waitUntil(() => answer.getAttribute('aria-invalid') === 'true', 'the answer is flagged');
    expect(listEditor(el).shadowRoot!.getElementById('items-0-answer-problem')!.textContent).to.contain('"javascript:" links are not allowed');
    expect((preview.ownerDocument.defaultView as Window & { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('builder: keeping the work', () => {
  afterEach(() => localStorage.removeItem('spa-snippet-builder'));

  it('stores nothing unless asked; kept work comes back in a new builder; forgetting clears it', async () => {
    localStorage.removeItem('spa-snippet-builder');
    const el = await builder();
    await apply(el, ['href', 'https://calendly.com/serene-spa']);
    expect(localStorage.length, 'nothing stored without asking').to.equal(0);

    const keep = [...el.shadowRoot!.querySelectorAll('label')].find((label) => label.textContent!.includes('Keep my work'))!.querySelector('input')!;
    keep.click();
    await el.updateComplete;
    await apply(el, ['label', 'Book now']);
    const again = await builder();
    expect(again.snippet).to.equal(el.snippet);
    expect(control(again, 'label').value).to.equal('Book now');

    [...again.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Forget my work')!.click();
    await again.updateComplete;
    expect(localStorage.getItem('spa-snippet-builder')).to.equal(null);
    expect(again.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Forgotten');
    const fresh = await builder();
    expect(control(fresh, 'href').value).to.equal('');
  });
});

describe('builder: keyboard and screen reader', () => {
  it('Up and Down keep the keyboard on the moved entry; "Start from them" puts it on the first entry', async () => {
    const el = await builder();
    await pickWidget(el, 'spa-faq');
    await press(el, 'Start from them');
    const editor = listEditor(el);
    expect(editor.shadowRoot!.activeElement?.id).to.equal('items-0-legend');
    await press(el, 'Move question 1 down');
    expect(editor.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Move question 2 down');
    for (let i = 2; i <= 4; i++) await press(el, `Move question ${i} down`);
    // At the bottom, Down is disabled: the keyboard goes to Up.
    expect(editor.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Move question 5 up');
  });

  it('a field is named by its label alone; its description and problem describe it', async () => {
    const el = await builder();
    await apply(el, ['href', 'javascript:alert(1)']);
    const input = control(el, 'href');
    expect(input.labels![0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Href href');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!);
    expect(described[0]).to.contain('The booking page.');
    expect(described[1]).to.contain('"javascript:" links are not allowed');
  });

  it('a problem is announced when the preview shows it, and its end too', async () => {
    const el = await builder();
    const status = el.shadowRoot!.querySelector('.snippet [role="status"]')!;
    await apply(el, ['href', 'javascript:alert(1)']);
    await waitUntil(() => status.textContent!.includes('href: "javascript:" links are not allowed'), 'the problem is announced', { timeout: 5000 });
    await apply(el, ['href', 'https://calendly.com/serene-spa']);
    await waitUntil(() => status.textContent === 'The widget reports no problem now.', 'its end is announced', { timeout: 5000 });
  });
});
