// The builder page: the kit (whose elements' own fields the forms are made from), its manifest
// for the descriptions, and the size budgets for the byte cost beside the snippet.
import '../src/index.js';
import manifest from '../custom-elements.json';
import sizes from '../size-budget.json';
import { defineBuilder } from './define.js';

defineBuilder();
const builder = document.querySelector('spa-snippet-builder')!;
builder.manifest = manifest;
builder.budgets = sizes.budgets;
