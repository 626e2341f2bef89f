import { expect } from '@open-wc/testing';
import { contentFor, type ContentCatalog } from '../../src/content/content-catalog.js';
import { faqContent } from '../../src/content/faq.js';
import { runningNames } from '../../src/content/technique-names.js';
import { techniqueContent, techniques } from '../../src/content/techniques.js';
import { parseAnswer } from '../../src/elements/spa-faq/faq-answer.js';
import { faqTranslations } from '../../src/elements/spa-faq/faq.strings.js';
import { techniqueCardsTranslations } from '../../src/elements/spa-technique-cards/technique-cards.strings.js';
import { runningName } from '../../src/elements/spa-technique-cards/technique-format.js';

const LANGS = ['en', 'es'] as const;

// Other languages than English arrive with the wording of the widgets that show them, as on a page.
await Promise.all([faqTranslations, techniqueCardsTranslations].flatMap((translations) => Object.values(translations).map((load) => load())));

describe('contentFor', () => {
  const catalog: ContentCatalog<string> = { en: 'en', es: 'es', 'pt-br': 'pt-br' };
  const cases: [lang: string, expected: string][] = [
    ['en', 'en'],
    ['en-gb', 'en'],
    ['es', 'es'],
    ['es-mx', 'es'],
    ['es-419', 'es'],
    ['pt-br', 'pt-br'],
    ['pt', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    // Names every object answers to are not languages.
    ['constructor', 'en'],
    ['__proto__', 'en'],
    ['constructor-x', 'en'],
  ];
  for (const [lang, expected] of cases) {
    it(`"${lang}" → ${expected}`, () => expect(contentFor(catalog, lang)).to.equal(expected));
  }
});

describe('built-in techniques in every language', () => {
  for (const lang of LANGS) {
    const list = techniqueContent[lang]!;
    it(`${lang}: the same techniques as English, with the same ids, booking services and facts`, () => {
      const facts = (t: (typeof list)[number]) => [t.id, t.bookingService, t.pressure, t.painType, t.goodForFirstTimers, t.duration];
      expect(list.map(facts)).to.deep.equal(techniques.map(facts));
    });

    it(`${lang}: every technique is named as the booking labels name it (case aside)`, () => {
      for (const t of list) expect(runningName(t, runningNames[lang]), t.id).to.equal(runningNames[lang][t.id as keyof typeof runningNames.en]);
    });

    it(`${lang}: deep and focused work warn of soreness for a day or two`, () => {
      const sore = { en: /sore for a day or two/, es: /uno o dos días/ }[lang];
      for (const id of ['deep-tissue', 'trigger-point']) expect(list.find((t) => t.id === id)!.feelsLike).to.match(sore);
    });
  }

  it('Spanish wording is translated: no text is left as the English one', () => {
    const texts = (list: readonly (typeof techniques)[number][]) => list.flatMap((t) => [t.name, t.summary, t.feelsLike, ...t.bestFor, ...t.benefits]);
    const english = new Set(texts(techniques));
    expect(texts(techniqueContent.es!).filter((text) => english.has(text))).to.deep.equal([]);
  });
});

describe('built-in FAQ in every language', () => {
  for (const lang of LANGS) {
    const items = faqContent[lang]!;
    it(`${lang}: the same question ids as English, and answers that parse cleanly`, () => {
      expect(items.map((item) => item.id)).to.deep.equal(faqContent.en.map((item) => item.id));
      for (const item of items) {
        const parsed = parseAnswer(item.answer);
        expect(parsed.problems, item.id).to.deep.equal([]);
        expect(parsed.paragraphs.length, item.id).to.equal(parseAnswer(faqContent.en.find((e) => e.id === item.id)!.answer).paragraphs.length);
      }
    });
  }

  // The seed's facts stay: who should not be massaged, and how often to come.
  const facts: [lang: (typeof LANGS)[number], id: string, expected: RegExp[]][] = [
    ['en', 'is-massage-safe', [/infection/, /fracture/, /skin/, /doctor/]],
    ['es', 'is-massage-safe', [/infección/, /fractura/, /piel/, /médico/]],
    ['en', 'how-often', [/one or two sessions a week/, /every one to four weeks/, /staying active helps/]],
    ['es', 'how-often', [/una o dos veces por semana/, /cada una a cuatro semanas/, /mantenerse activo ayuda/]],
    ['en', 'after-your-massage', [/sore for a day or two/]],
    ['es', 'after-your-massage', [/molestias durante uno o dos días/]],
  ];
  for (const [lang, id, expected] of facts) {
    it(`${lang}: "${id}" says ${expected.map(String).join(', ')}`, () => {
      const answer = faqContent[lang]!.find((item) => item.id === id)!.answer;
      for (const pattern of expected) expect(answer).to.match(pattern);
    });
  }
});

describe('no built-in text claims more than the sources support', () => {
  // Each was in the content once, or is a common spa claim the sources do not back.
  const overclaims: [claim: RegExp, why: string][] = [
    [/scar tissue|adhesion|cicatri|adherencia/i, 'breaking down scar tissue is not shown'],
    [/circulat|circulaci/i, 'circulation benefits are not shown'],
    [/exact source|pinpoints|origen exacto/i, 'massage does not find the source of pain'],
    [/never painful|nunca duele/i, 'deep work can leave you sore'],
    [/quicker|faster|better results|más rápid|mejores resultados/i, 'no technique or combination is shown to work better'],
    [/toxin/i, 'massage does not flush toxins'],
    [/\bcures?\b|\bcura\b/i, 'massage is not a cure'],
    [/referred pain|pain felt elsewhere|dolor reflejado/i, 'spreading pain may be nerve pain, which needs a doctor'],
    [/proven|probad|demostrad/i, 'no technique is proven better than another'],
  ];
  const texts = LANGS.flatMap((lang) => [
    ...techniqueContent[lang]!.flatMap((t) => [t.name, t.summary, t.feelsLike ?? '', ...t.bestFor, ...t.benefits]),
    ...faqContent[lang]!.flatMap((item) => [item.question, item.answer]),
  ]);
  for (const [claim, why] of overclaims) {
    it(`none says ${claim} (${why})`, () => {
      expect(texts.filter((text) => claim.test(text))).to.deep.equal([]);
    });
  }
});
