import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/spa-booking-button/define.js';
import { bookingButtonStrings } from '../../src/elements/spa-booking-button/booking-button.strings.js';
import type { BookingClickDetail, SpaBookingButton } from '../../src/elements/spa-booking-button/spa-booking-button.js';
import { captureConsole, captureSpaErrors } from '../helpers/console.js';

const BOOKING_PAGE = new URL('/test/fixtures/booking-page.html', location.href).href;

const part = (el: SpaBookingButton, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Stops same-tab navigation in tests, as a host page routing to its own flow would. */
const cancelClicks = (event: Event) => event.preventDefault();

describe('<spa-booking-button>', () => {
  afterEach(() => document.removeEventListener('spa-booking-button-click', cancelClicks));

  describe('before and without JavaScript', () => {
    it('the fallback link is a visible, working link in a page without the script', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 400px; block-size: 200px';
      frame.srcdoc = '<spa-booking-button><a href="https://book.example/spa">Book a massage</a></spa-booking-button>';
      const loaded = oneEvent(frame, 'load');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
      await loaded;
      const link = frame.contentDocument!.querySelector('a')!;
      expect(frame.contentWindow!.customElements.get('spa-booking-button')).to.equal(undefined);
      expect(link.href).to.equal('https://book.example/spa');
      const box = link.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height).to.be.greaterThan(0);
    });
  });

  describe('configuration', () => {
    it('takes its URL and label from the fallback link, which it then hides', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button><a href="https://book.example/spa">Reserve your massage</a></spa-booking-button>`,
      );
      const cta = part(el, 'button') as HTMLAnchorElement;
      expect(cta.localName).to.equal('a');
      expect(cta.href).to.equal('https://book.example/spa');
      expect(cta.textContent!.trim()).to.equal('Reserve your massage');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });

    it('builds the URL from attributes: service, UTM and referral', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button
        href="https://book.example/spa"
        label="Book now"
        service="swedish"
        utm-source="blog"
        utm-medium="article"
        utm-campaign="spring"
        referral="JANE10"
      ></spa-booking-button>`);
      const cta = part(el, 'button') as HTMLAnchorElement;
      expect(cta.href).to.equal(
        'https://book.example/spa?service=swedish&utm_source=blog&utm_medium=article&utm_campaign=spring&ref=JANE10',
      );
      expect(cta.textContent!.trim()).to.equal('Book now');
    });

    it('the JSON child beats attributes, the config property beats both', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://attr.example/" label="Attr">
        <script type="application/json">
          { "href": "https://json.example/", "provider": "calendly" }
        </script>
      </spa-booking-button>`);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://json.example/');
      expect(part(el, 'button').textContent!.trim()).to.equal('Attr');
      el.config = { label: 'From JS' };
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('From JS');
    });

    it('maps technique ids to the booking system’s ids', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button
        href="https://app.acuityscheduling.com/schedule.php?owner=1"
        provider="acuity"
        service="swedish"
        services="deep-tissue:11, swedish:22"
      ></spa-booking-button>`);
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal(
        'https://app.acuityscheduling.com/schedule.php?owner=1&appointmentType=22',
      );
    });

    it('follows the closest lang for built-in strings, and strings overrides', async () => {
      const wrapper = await fixture(html`<div lang="es"><spa-booking-button href="https://book.example/"></spa-booking-button></div>`);
      const el = wrapper.querySelector('spa-booking-button')!;
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('Reservar un masaje');
      el.strings = { book: 'Reserva ya' };
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('Reserva ya');
    });

    it('switches built-in strings when the page changes its lang in place', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><spa-booking-button href="https://book.example/"></spa-booking-button></div>`);
      const el = wrapper.querySelector('spa-booking-button')!;
      expect(part(el, 'button').textContent!.trim()).to.equal('Book a massage');
      wrapper.lang = 'es';
      await aTimeout(0);
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('Reservar un masaje');
    });

    it('updates when a single-page app changes attributes or the fallback link later', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://one.example/"></spa-booking-button>`);
      el.setAttribute('href', 'https://two.example/');
      await el.updateComplete;
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://two.example/');
      el.removeAttribute('href');
      const link = document.createElement('a');
      link.href = 'https://three.example/';
      link.textContent = 'Three';
      el.append(link);
      await aTimeout(0);
      await el.updateComplete;
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://three.example/');
      expect(part(el, 'button').textContent!.trim()).to.equal('Three');
    });

    it('adds a call action for visitors who would rather phone', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://book.example/" phone="+1 (555) 010-0199"></spa-booking-button>`,
      );
      const call = part(el, 'call') as HTMLAnchorElement;
      expect(call.href).to.equal('tel:+15550100199');
      expect(call.textContent!.trim()).to.equal('Call +1 (555) 010-0199');
    });
  });

  describe('clicking', () => {
    it('fires spa-booking-click before navigating, by keyboard too', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://book.example/" service="deep-tissue"></spa-booking-button>`,
      );
      document.addEventListener('spa-booking-button-click', cancelClicks);
      part(el, 'button').focus();
      const fired = oneEvent(el, 'spa-booking-button-click');
      await sendKeys({ press: 'Enter' });
      const event = (await fired) as CustomEvent<BookingClickDetail>;
      expect(event.detail).to.deep.equal({
        href: 'https://book.example/?service=deep-tissue',
        technique: 'deep-tissue',
        provider: 'generic',
        mode: 'link',
      });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    });

    it('still fires the 0.1 name, spa-booking-click, with service; warns once a listener reads it', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="#old-name" service="swedish"></spa-booking-button>`);
      const before = location.hash;
      const details: unknown[] = [];
      const oldListener = (event: Event) => {
        details.push((event as CustomEvent).detail);
        event.preventDefault();
      };
      el.addEventListener('spa-booking-click', oldListener);
      const warnings = await captureConsole('warn', () => {
        part(el, 'button').click();
        part(el, 'button').click();
      });
      el.removeEventListener('spa-booking-click', oldListener);
      expect(location.hash, 'cancelled through the old name').to.equal(before);
      const detail = { href: (part(el, 'button') as HTMLAnchorElement).href, service: 'swedish', provider: 'generic', mode: 'link' };
      expect(details).to.deep.equal([detail, detail]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('spa-booking-click').and.contain('spa-booking-button-click');
    });

    it('navigates when nobody cancels, and not when a listener does', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="#booked-by-test"></spa-booking-button>`);
      const before = location.hash;
      document.addEventListener('spa-booking-button-click', cancelClicks);
      part(el, 'button').click();
      expect(location.hash).to.equal(before);
      await aTimeout(50);
      expect(location.hash).to.equal(before);
      document.removeEventListener('spa-booking-button-click', cancelClicks);
      const navigated = oneEvent(window, 'hashchange');
      part(el, 'button').click();
      await navigated;
      expect(location.hash).to.equal('#booked-by-test');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('fires once per click after being removed and re-added (no duplicate listeners)', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/"></spa-booking-button>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      let count = 0;
      const counter = (event: Event) => {
        event.preventDefault();
        count++;
      };
      el.addEventListener('spa-booking-button-click', counter);
      part(el, 'button').click();
      expect(count).to.equal(1);
    });

    it('pushes the click to dataLayer only when analytics is set', async () => {
      const pushed: unknown[] = [];
      window.dataLayer = { push: (entry) => pushed.push(entry) };
      document.addEventListener('spa-booking-button-click', cancelClicks);
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/"></spa-booking-button>`);
      part(el, 'button').click();
      expect(pushed).to.deep.equal([]);
      el.analytics = true;
      await el.updateComplete;
      part(el, 'button').click();
      expect(pushed).to.deep.equal([
        { event: 'spa_booking_click', href: 'https://book.example/', technique: undefined, provider: 'generic', mode: 'link' },
      ]);
      delete window.dataLayer;
    });

    it('new-tab mode is a link to a new tab with rel=noopener, announced as such', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/" mode="new-tab"></spa-booking-button>`);
      const cta = part(el, 'button') as HTMLAnchorElement;
      expect(cta.target).to.equal('_blank');
      expect(cta.rel).to.equal('noopener');
      expect(cta.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Book a massage (opens in a new tab)');
    });

    it('new-tab mode shows a decorative icon after the label, and says "opens in a new tab" in every built-in language', async () => {
      for (const lang of Object.keys(bookingButtonStrings)) {
        const wrapper = await fixture(html`<div lang=${lang}><spa-booking-button href="https://book.example/" mode="new-tab"></spa-booking-button></div>`);
        const el = wrapper.querySelector('spa-booking-button')!;
        await el.updateComplete;
        const cta = part(el, 'button');
        const icon = part(el, 'new-tab-icon');
        expect(icon.parentElement, lang).to.equal(cta);
        expect(icon.getAttribute('aria-hidden'), lang).to.equal('true');
        const box = icon.getBoundingClientRect();
        expect(box.width, lang).to.be.greaterThan(8);
        expect(box.left, `${lang}: after the label`).to.be.greaterThan(cta.getBoundingClientRect().left + cta.getBoundingClientRect().width / 2);
        const strings = { ...bookingButtonStrings.en, ...bookingButtonStrings[lang] };
        const hidden = cta.querySelector('.visually-hidden')!;
        expect(hidden.textContent!.trim(), lang).to.equal(strings.newTab);
        expect(hidden.getBoundingClientRect().width, `${lang}: for assistive technology only`).to.be.at.most(1);
        expect(cta.textContent!.replace(/\s+/g, ' ').trim(), lang).to.equal(`${strings.book} ${strings.newTab}`);
      }
      const link = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/"></spa-booking-button>`);
      expect(link.shadowRoot!.querySelector('svg')).to.equal(null);
    });

    it('popup falls back to a new tab for providers that refuse framing', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://www.fresha.com/a/spa" provider="fresha" mode="popup"></spa-booking-button>`,
      );
      expect(part(el, 'button').localName).to.equal('a');
      expect((part(el, 'button') as HTMLAnchorElement).target).to.equal('_blank');
      expect(part(el, 'new-tab-icon')).to.exist;
      expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    });
  });

  describe('popup mode', () => {
    it('loads nothing before the click; opens a modal dialog with focus inside; Escape closes it and focus returns', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(performance.getEntriesByName(BOOKING_PAGE)).to.have.length(0);
      const cta = part(el, 'button');
      expect(cta.getAttribute('aria-haspopup')).to.equal('dialog');
      const scrollBefore = window.scrollY;
      cta.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(frame.src).to.equal(BOOKING_PAGE);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
      expect(window.scrollY).to.equal(scrollBefore);
      await sendKeys({ press: 'Escape' });
      await nextFrame();
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(cta);
      expect(window.scrollY).to.equal(scrollBefore);
    });

    it('is titled by the booking label, which also names it', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href=${BOOKING_PAGE} mode="popup" label="Book a Swedish massage"></spa-booking-button>`,
      );
      part(el, 'button').click();
      await el.updateComplete;
      const dialog = part(el, 'dialog');
      const title = part(el, 'dialog-title');
      expect(title.textContent!.trim()).to.equal('Book a Swedish massage');
      expect(title.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(dialog.hasAttribute('aria-label')).to.equal(false);
      expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)).to.equal(title);
      (dialog as HTMLDialogElement).close();
    });

    /**
     * Runs `check` under reduced motion. Media emulation works in Chromium and Firefox; WebDriver
     * (WebKit) cannot emulate, so there the kit's reduced-motion value, a 0s duration, is set instead.
     */
    async function underReducedMotion(el: SpaBookingButton, check: () => void) {
      let emulated = true;
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        emulated = false;
        el.style.setProperty('--spa-duration', '0s');
      }
      try {
        check();
      } finally {
        if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
        else el.style.removeProperty('--spa-duration');
      }
    }

    it('shows a busy frame and "Loading the booking page…" until the page has loaded (a still one under reduced motion)', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      const frame = el.shadowRoot!.querySelector('iframe')!;
      const region = frame.parentElement!;
      expect(region.getAttribute('aria-busy')).to.equal('false');
      // The booking page arrives, but its load is held back, as a slow booking system's would be.
      const held = new Promise<void>((resolve) =>
        dialog.addEventListener('load', (event) => (event.stopPropagation(), resolve()), { capture: true, once: true }),
      );
      part(el, 'button').click();
      await el.updateComplete;
      const loading = part(el, 'loading');
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent!.trim()).to.equal('Loading the booking page…');
      expect(region.getAttribute('aria-busy')).to.equal('true');
      expect(region.contains(loading), 'the message is not inside the busy region').to.equal(false);
      const box = loading.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      const frameBox = frame.getBoundingClientRect();
      const covers = box.top <= frameBox.top + 1 && box.bottom >= frameBox.bottom - 1 && box.left <= frameBox.left + 1 && box.right >= frameBox.right - 1;
      expect(covers, 'laid over the whole, still empty frame').to.equal(true);
      const spinner = getComputedStyle(loading, '::before');
      expect(spinner.animationName).to.equal('spin');
      expect(parseFloat(spinner.width)).to.be.greaterThan(16);
      expect(parseFloat(spinner.animationDuration)).to.be.greaterThan(0);
      await underReducedMotion(el, () => {
        const still = getComputedStyle(loading, '::before');
        expect(still.animationDuration).to.equal('0s');
        expect(parseFloat(still.width), 'still shown').to.be.greaterThan(16);
      });
      await held;
      await el.updateComplete;
      expect(loading.textContent!.trim(), 'waits for the load itself').to.equal('Loading the booking page…');
      await expect(el).to.be.accessible();
      const loaded = oneEvent(frame, 'load');
      frame.src = BOOKING_PAGE;
      await loaded;
      await el.updateComplete;
      expect(loading.textContent!.trim()).to.equal('');
      expect(loading.getBoundingClientRect().height).to.equal(0);
      expect(region.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
      // Opened again on the same page: nothing to wait for.
      dialog.close();
      part(el, 'button').click();
      await el.updateComplete;
      expect(loading.textContent!.trim()).to.equal('');
      dialog.close();
    });

    it('fills a phone’s screen with a compact title bar, and is a centred sheet on a wide one', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const phone = document.createElement('iframe');
      phone.style.cssText = 'inline-size: 360px; block-size: 640px; border: 0';
      phone.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0; font-size: 16px">
        <spa-booking-button href="${BOOKING_PAGE}" mode="popup"></spa-booking-button>
        <script type="module" src="/src/elements/spa-booking-button/define.ts"></script></body></html>`;
      holder.append(phone);
      const win = phone.contentWindow as Window & typeof globalThis;
      for (let i = 0; i < 250 && !win.customElements?.get('spa-booking-button'); i++) await aTimeout(20);
      const small = phone.contentDocument!.querySelector('spa-booking-button')!;
      await small.updateComplete;
      part(small, 'button').click();
      await small.updateComplete;
      const sheet = part(small, 'dialog').getBoundingClientRect();
      expect([sheet.left, sheet.top, sheet.width, sheet.height]).to.deep.equal([0, 0, 360, 640]);
      const bar = part(small, 'close').parentElement!.getBoundingClientRect();
      expect(bar.height, 'a compact title bar').to.be.at.most(3.25 * 16);
      const frame = part(small, 'frame').getBoundingClientRect();
      expect(frame.bottom).to.be.closeTo(640, 1);
      expect(frame.width).to.equal(360);
      (part(small, 'dialog') as HTMLDialogElement).close();

      const wide = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      part(wide, 'button').click();
      await wide.updateComplete;
      const box = part(wide, 'dialog').getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      expect(box.width).to.be.lessThan(viewport);
      expect(box.left).to.be.greaterThan(0);
      expect(box.left + box.width / 2).to.be.closeTo(viewport / 2, 1);
      (part(wide, 'dialog') as HTMLDialogElement).close();
    });

    it('the visible close button closes it', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      part(el, 'button').click();
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      const closed = oneEvent(dialog, 'close');
      part(el, 'close').click();
      await closed;
      expect(dialog.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
    });

    it('a cancelled click opens nothing', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      document.addEventListener('spa-booking-button-click', cancelClicks);
      part(el, 'button').click();
      expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
      expect(el.shadowRoot!.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    });

    it('follows Calendly’s page_height messages from its own frame only', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href=${BOOKING_PAGE} provider="calendly" mode="popup"></spa-booking-button>`,
      );
      part(el, 'button').click();
      const frame = el.shadowRoot!.querySelector('iframe')!;
      expect(frame.src).to.contain('embed_type=Inline');
      const message = (origin: string, source: MessageEventSource | null) =>
        window.dispatchEvent(
          new MessageEvent('message', { origin, source, data: { event: 'calendly.page_height', payload: { height: '1234px' } } }),
        );
      message('https://evil.example', frame.contentWindow);
      expect(frame.style.blockSize).to.equal('');
      message('https://calendly.com', frame.contentWindow);
      expect(frame.style.blockSize).to.equal('1234px');
      (part(el, 'dialog') as HTMLDialogElement).close();
    });
  });

  describe('follow-assessment', () => {
    const assess = (technique: string, outcome = 'ok') =>
      document.dispatchEvent(
        new CustomEvent('spa-assessment-complete', { detail: { outcome, recommendation: { technique } }, bubbles: true, composed: true }),
      );

    it('switches to the recommended technique, and stops listening once removed', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>`,
      );
      assess('deep-tissue');
      await el.updateComplete;
      const cta = part(el, 'button') as HTMLAnchorElement;
      expect(cta.textContent!.trim()).to.equal('Book deep tissue massage');
      expect(cta.href).to.equal('https://book.example/?service=deep-tissue');
      const parent = el.parentElement!;
      el.remove();
      assess('swedish');
      parent.append(el);
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('Book deep tissue massage');
      assess('trigger-point');
      await el.updateComplete;
      expect(part(el, 'button').textContent!.trim()).to.equal('Book trigger point therapy');
    });

    it('ignores assessments without the attribute, and drops the pick when the outcome is not ok', async () => {
      const plain = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/"></spa-booking-button>`);
      const following = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>`,
      );
      assess('swedish');
      await following.updateComplete;
      expect(part(plain, 'button').textContent!.trim()).to.equal('Book a massage');
      expect(part(following, 'button').textContent!.trim()).to.equal('Book Swedish massage');
      for (const outcome of ['emergency', 'urgent', 'see-doctor']) {
        assess('swedish');
        await following.updateComplete;
        assess('swedish', outcome);
        await following.updateComplete;
        expect(part(following, 'button').textContent!.trim(), outcome).to.equal('Book a massage');
      }
    });

    it('names a spa technique through strings.runningNames; the 0.1 key strings.techniques still works, with one warning', async () => {
      for (const key of ['runningNames', 'techniques']) {
        let el!: SpaBookingButton;
        const warnings = await captureConsole('warn', async () => {
          el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/" follow-assessment></spa-booking-button>`);
          el.strings = { [key]: { 'hot-stone': 'hot stone massage' } };
          assess('hot-stone');
          await el.updateComplete;
        });
        expect(part(el, 'button').textContent!.trim()).to.equal('Book hot stone massage');
        expect(warnings, key).to.have.length(key === 'techniques' ? 1 : 0);
      }
    });

    it('a technique the kit has no name for keeps the general label, and still books that service', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button href="https://book.example/" label="Book your visit" follow-assessment></spa-booking-button>`,
      );
      assess('hot-stone');
      await el.updateComplete;
      const cta = part(el, 'button') as HTMLAnchorElement;
      expect(cta.textContent!.trim()).to.equal('Book your visit');
      expect(cta.href).to.equal('https://book.example/?service=hot-stone');
    });
  });

  describe('bad input', () => {
    it('refuses a javascript: href: disabled with an explanation, one error per source, the author’s link kept visible', async () => {
      let el!: SpaBookingButton;
      let errors: string[] = [];
      const events = await captureSpaErrors(async () => {
        errors = await captureConsole('error', async () => {
          el = await fixture<SpaBookingButton>(
            html`<spa-booking-button href="javascript:alert(1)"><a href="javascript:alert(2)">Book</a></spa-booking-button>`,
          );
        });
      });
      expect(errors).to.deep.equal([
        '[spa-booking-button] href: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the attribute)',
        '[spa-booking-button] href: "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address (from the HTML inside the element); the link inside was made inactive',
      ]);
      expect(events.map((e) => e.path)).to.deep.equal(['href', 'href']);
      expect(events[0].tag).to.equal('spa-booking-button');
      const cta = part(el, 'button');
      expect(cta.localName).to.equal('button');
      expect(cta.getAttribute('aria-disabled')).to.equal('true');
      const reason = el.shadowRoot!.getElementById(cta.getAttribute('aria-describedby')!)!;
      expect(reason.textContent).to.equal('Online booking is not available here right now.');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      let clicked = false;
      el.addEventListener('spa-booking-button-click', () => (clicked = true));
      cta.click();
      expect(clicked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    // Each written in markup, as a page would; the parser decodes the entities before the kit reads them.
    const hostileLinks: [string, string][] = [
      ['javascript:void(window.__ran=true)', 'javascript:'],
      [' JaVaScRiPt:void(window.__ran=true)', 'javascript:'],
      ['java\tscript:void(window.__ran=true)', 'javascript:'],
      ['java&#9;script:void(window.__ran=true)', 'javascript:'],
      ['&#106;avascript:void(window.__ran=true)', 'javascript:'],
      ['&#x6A;&#x61;vascript&colon;void(window.__ran=true)', 'javascript:'],
      ['data:text/html,&lt;script&gt;parent.__ran=true&lt;/script&gt;', 'data:'],
    ];
    for (const [markup, scheme] of hostileLinks) {
      it(`makes the author’s refused link inactive, its text kept: ${JSON.stringify(markup)}`, async () => {
        const page = window as { __ran?: boolean };
        page.__ran = false;
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        let errors: string[] = [];
        const events = await captureSpaErrors(async () => {
          errors = await captureConsole('error', async () => {
            const template = document.createElement('template');
            template.setHTMLUnsafe(`<spa-booking-button><a href="${markup}">Book online</a></spa-booking-button>`);
            holder.append(template.content);
            await holder.querySelector('spa-booking-button')!.updateComplete;
            // Removing the address is a change to the light DOM: the update it causes adds no error.
            await aTimeout(0);
            await holder.querySelector('spa-booking-button')!.updateComplete;
          });
        });
        const link = holder.querySelector('a')!;
        link.click();
        await aTimeout(50);
        expect(page.__ran, 'the script ran').to.equal(false);
        delete page.__ran;
        expect(link.hasAttribute('href')).to.equal(false);
        expect(link.textContent).to.equal('Book online');
        expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(errors).to.deep.equal([
          `[spa-booking-button] href: "${scheme}" links are not allowed; use an https:, http:, tel: or mailto: address (from the HTML inside the element); the link inside was made inactive`,
        ]);
        expect(events.map((e) => e.path)).to.deep.equal(['href']);
      });
    }

    it('leaves the author’s safe link as it is', async () => {
      const el = await fixture<SpaBookingButton>(
        html`<spa-booking-button><a href="https://book.example/spa?x=1">Book</a><a href="javascript:void(0)">Second</a></spa-booking-button>`,
      );
      expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://book.example/spa?x=1');
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://book.example/spa?x=1');
    });

    it('a link made inactive works again once the page gives it a safe address', async () => {
      let el!: SpaBookingButton;
      await captureConsole('error', async () => {
        el = await fixture<SpaBookingButton>(html`<spa-booking-button><a href="javascript:void(0)">Reserve</a></spa-booking-button>`);
      });
      expect(part(el, 'button').textContent!.trim(), 'the text still labels the button').to.equal('Reserve');
      el.querySelector('a')!.setAttribute('href', 'https://book.example/again');
      await aTimeout(0);
      await el.updateComplete;
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://book.example/again');
      expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://book.example/again');
    });

    it('writes a refused service id nowhere, says why, and never throws (dot segments, lone surrogates)', async () => {
      let el!: SpaBookingButton;
      let errors = await captureConsole('error', async () => {
        el = await fixture<SpaBookingButton>(
          html`<spa-booking-button href="https://calendly.com/serenity-spa/intro" provider="calendly" service=".."></spa-booking-button>`,
        );
      });
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://calendly.com/serenity-spa/intro');
      expect(errors).to.deep.equal([
        '[spa-booking-button] service: ".." cannot be a booking-system id; dots alone would move the link out of the configured path. Use the id your booking system gives the service',
      ]);
      errors = await captureConsole('error', async () => {
        el.provider = 'simplybook';
        el.service = '\uD800';
        await el.updateComplete;
        el.removeAttribute('service');
        el.service = 'swedish';
        el.services = 'swedish:%2E%2e, deep-tissue:12';
        await el.updateComplete;
      });
      expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://calendly.com/serenity-spa/intro');
      expect(errors).to.deep.equal([
        '[spa-booking-button] service: "\\ud800" cannot be a booking-system id; it holds a broken character (half of a surrogate pair). Use the id your booking system gives the service',
        '[spa-booking-button] services: "%2E%2e" cannot be a booking-system id; dots alone would move the link out of the configured path. Use the id your booking system gives the service',
      ]);
      document.addEventListener('spa-booking-button-click', cancelClicks);
      const fired = oneEvent(el, 'spa-booking-button-click');
      part(el, 'button').click();
      expect(((await fired) as CustomEvent<BookingClickDetail>).detail.href).to.equal('https://calendly.com/serenity-spa/intro');
    });

    it('quotes at most a short excerpt of a huge value in its errors', async () => {
      const huge = `http://[${'x'.repeat(1 << 20)}`;
      let errors: string[] = [];
      const events = await captureSpaErrors(async () => {
        errors = await captureConsole('error', async () => {
          await fixture<SpaBookingButton>(html`<spa-booking-button href=${huge}><a href=${huge}>Book</a></spa-booking-button>`);
        });
      });
      expect(errors).to.have.length(2);
      for (const text of [...errors, ...events.map((e) => e.message)]) {
        expect(text.length).to.be.below(250);
        expect(text).to.contain(`"http://[${'x'.repeat(40)}`);
      }
    });

    it('a bad attribute falls back to the author’s good link', async () => {
      const errors = await captureConsole('error', async () => {
        const el = await fixture<SpaBookingButton>(
          html`<spa-booking-button href="data:text/html,hi"><a href="https://book.example/ok">Book</a></spa-booking-button>`,
        );
        expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://book.example/ok');
      });
      expect(errors).to.have.length(1);
    });

    const cases: [string, string, string][] = [
      ['malformed URL', 'href="https://"', 'href: "https://" is not a valid URL; use an https:, http:, tel: or mailto: address (from the attribute)'],
      ['unknown provider', 'href="https://b.example/" provider="bookwhen"', 'provider: "bookwhen" is not allowed; use one of generic, calendly, acuity, square, mindbody, vagaro, fresha, booksy, simplybook, setmore (from the attribute)'],
      ['unknown mode', 'href="https://b.example/" mode="modal"', 'mode: "modal" is not allowed; use one of link, new-tab, popup (from the attribute)'],
      ['bad phone', 'href="https://b.example/" phone="call us"', 'phone: expected a phone number such as "+1 555 010 0199" (from the attribute)'],
      ['missing href', '', 'href: no booking page is set; add href="https://…" or a link inside the element'],
    ];
    for (const [name, attributes, message] of cases) {
      it(`${name}: exact message, and the page keeps working`, async () => {
        const holder = await fixture<HTMLDivElement>(html`<div></div>`);
        const errors = await captureConsole('error', async () => {
          const template = document.createElement('template');
          template.setHTMLUnsafe(`<spa-booking-button ${attributes}></spa-booking-button>`);
          holder.append(template.content);
          await holder.querySelector('spa-booking-button')!.updateComplete;
        });
        expect(errors).to.deep.equal([`[spa-booking-button] ${message}`]);
        expect(part(holder.querySelector('spa-booking-button')!, 'button')).to.exist;
      });
    }

    it('bad JSON keeps the attributes working and says what to fix', async () => {
      const errors = await captureConsole('error', async () => {
        const el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/">
          <script type="application/json">{ "href": "https://json.example/", }</script>
        </spa-booking-button>`);
        expect((part(el, 'button') as HTMLAnchorElement).href).to.equal('https://book.example/');
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^\[spa-booking-button\] config: the JSON config could not be read \(.+\); check quotes and commas$/);
    });
    it('a strings override of the wrong shape keeps the built-in text and says which one', async () => {
      let el!: SpaBookingButton;
      const errors = await captureConsole('error', async () => {
        el = await fixture<SpaBookingButton>(html`<spa-booking-button href="https://book.example/" phone="+1 555 010 0199">
          <script type="application/json">{ "strings": { "book": null, "call": "Phone us: {phone}" } }</script>
        </spa-booking-button>`);
      });
      expect(part(el, 'button').textContent!.trim()).to.equal('Book a massage');
      expect(part(el, 'call').textContent!.trim()).to.equal('Phone us: +1 555 010 0199');
      expect(errors).to.deep.equal(['[spa-booking-button] strings.book: expected text']);
    });
  });

  describe('look and accessibility', () => {
    it('is themed by a custom property and ::part()', async () => {
      const wrapper = await fixture(html`<div>
        <style>
          .themed::part(button) { border-radius: 3px; }
        </style>
        <spa-booking-button class="themed" style="--spa-color-primary: rgb(10, 20, 30)" href="https://b.example/"></spa-booking-button>
      </div>`);
      const el = wrapper.querySelector('spa-booking-button')!;
      await el.updateComplete;
      const style = getComputedStyle(part(el, 'button'));
      expect(style.backgroundColor).to.equal('rgb(10, 20, 30)');
      expect(style.borderTopLeftRadius).to.equal('3px');
    });

    it('sizes in em: large is bigger than small; html{font-size:62.5%} does not shrink it', async () => {
      const root = document.documentElement;
      root.style.fontSize = '62.5%';
      const wrapper = await fixture(html`<div style="font-size: 16px">
        <spa-booking-button size="small" href="https://b.example/"></spa-booking-button>
        <spa-booking-button size="large" href="https://b.example/"></spa-booking-button>
      </div>`);
      const [small, large] = [...wrapper.querySelectorAll('spa-booking-button')];
      await large.updateComplete;
      const height = (el: SpaBookingButton) => part(el, 'button').getBoundingClientRect().height;
      expect(height(large)).to.be.greaterThan(height(small));
      expect(height(small)).to.be.at.least(24);
      expect(parseFloat(getComputedStyle(part(large, 'button')).fontSize)).to.be.closeTo(19.2, 0.1);
      root.style.fontSize = '';
    });

    it('keeps its own box sizing when the page forces content-box on every element', async () => {
      const wrapper = await fixture(html`<div class="content-box-page">
        <style>.content-box-page * { box-sizing: content-box !important; }</style>
        <spa-booking-button href="https://b.example/"></spa-booking-button>
      </div>`);
      const el = wrapper.querySelector('spa-booking-button')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'button')).boxSizing).to.equal('border-box');
    });

    it('fits a 280 px column without overflowing', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 280px">
        <spa-booking-button href="https://b.example/" label="Book a relaxing Swedish massage with our therapists" phone="+1 555 010 0199"></spa-booking-button>
      </div>`);
      const el = wrapper.querySelector('spa-booking-button')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(280);
      expect(part(el, 'button').getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    });

    it('has no axe violations in each mode and variant', async () => {
      const wrapper = await fixture(html`<div>
        <spa-booking-button href="https://b.example/" phone="+1 555 010 0199"></spa-booking-button>
        <spa-booking-button href="https://b.example/" mode="new-tab" variant="outline"></spa-booking-button>
        <div style="background: #1b2321; padding: 8px">
          <spa-booking-button href=${BOOKING_PAGE} mode="popup" variant="text" theme="dark"></spa-booking-button>
        </div>
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('spa-booking-button')].map((el) => el.updateComplete));
      await expect(wrapper).to.be.accessible();
    });

    it('has no axe violations with the dialog open', async () => {
      const el = await fixture<SpaBookingButton>(html`<spa-booking-button href=${BOOKING_PAGE} mode="popup"></spa-booking-button>`);
      part(el, 'button').click();
      await expect(el).to.be.accessible();
      (part(el, 'dialog') as HTMLDialogElement).close();
    });
  });
});
