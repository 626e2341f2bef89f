// Every element under generated hostile configurations (see fuzz.ts), after a check that the
// harness still sees each failure it looks for. `npm test` runs a small fixed-seed survey in
// every engine; `npm run fuzz` runs 10,000 configurations per element with a fresh seed. One file,
// so the kit and fast-check load once per engine.
import '../../src/index.js';
import { fuzzElement } from './fuzz.js';
import { checkTheHarness } from './harness-checks.js';

checkTheHarness();
for (const tag of ['spa-booking-button', 'spa-faq', 'spa-technique-cards', 'spa-pain-check']) fuzzElement(tag);
