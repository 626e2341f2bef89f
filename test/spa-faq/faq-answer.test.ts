import { expect } from '@open-wc/testing';
import { parseAnswer, textOfNodes } from '../../src/elements/spa-faq/faq-answer.js';

describe('parseAnswer', () => {
  const cases: { name: string; source: string; paragraphs: unknown[]; text: string; problems?: string[] }[] = [
    { name: 'one paragraph', source: 'Drink water.', paragraphs: [['Drink water.']], text: 'Drink water.' },
    {
      name: 'a blank line starts a paragraph; single line breaks are spaces',
      source: 'First line\ncontinues.\n\n  Second.  \n \n\nThird.',
      paragraphs: [['First line continues.'], ['Second.'], ['Third.']],
      text: 'First line continues.\n\nSecond.\n\nThird.',
    },
    {
      name: 'a safe link',
      source: 'See [our prices](https://spa.example/prices) first.',
      paragraphs: [['See ', { label: 'our prices', href: 'https://spa.example/prices' }, ' first.']],
      text: 'See our prices first.',
    },
    {
      name: 'tel: and mailto: links',
      source: '[Call](tel:+15550100199) or [write](mailto:hi@spa.example)',
      paragraphs: [[{ label: 'Call', href: 'tel:+15550100199' }, ' or ', { label: 'write', href: 'mailto:hi@spa.example' }]],
      text: 'Call or write',
    },
    {
      name: 'an unsafe link keeps its label as text and is reported',
      source: 'Click [here](javascript:alert(1)) now',
      paragraphs: [['Click ', 'here', ') now']],
      text: 'Click here) now',
      problems: ['link "here": "javascript:" links are not allowed; use an https:, http:, tel: or mailto: address'],
    },
    {
      name: 'HTML is literal text',
      source: '<script>alert(1)</script> <img src=x onerror=alert(1)>',
      paragraphs: [['<script>alert(1)</script> <img src=x onerror=alert(1)>']],
      text: '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    },
    {
      name: 'brackets that are not a link stay as written',
      source: 'Pressure [firm] (or gentle)',
      paragraphs: [['Pressure [firm] (or gentle)']],
      text: 'Pressure [firm] (or gentle)',
    },
  ];
  for (const { name, source, paragraphs, text, problems = [] } of cases) {
    it(name, () => {
      const answer = parseAnswer(source, 'https://spa.example/');
      expect(answer.paragraphs).to.deep.equal(paragraphs);
      expect(answer.text).to.equal(text);
      expect(answer.problems).to.deep.equal(problems);
    });
  }
});

describe('textOfNodes', () => {
  const cases: [string, string, string][] = [
    ['inline markup joins', 'Drink <strong>plenty</strong> of <a href="#">water</a>.', 'Drink plenty of water.'],
    ['paragraphs', '<p>One\n   two.</p>\n<p>Three.</p>', 'One two.\n\nThree.'],
    ['lists', '<ul><li>Foam roller</li><li>Tennis ball</li></ul>', 'Foam roller\n\nTennis ball'],
    ['line breaks', 'Line one<br>line two', 'Line one\nline two'],
    ['scripts and styles are skipped', 'Text<script>var x = 1</script><style>p{}</style>', 'Text'],
  ];
  for (const [name, markup, text] of cases) {
    it(name, () => {
      const body = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
      expect(textOfNodes(body.childNodes)).to.equal(text);
    });
  }
});
