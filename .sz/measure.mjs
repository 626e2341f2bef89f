import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const cases = {
  lit: `import {LitElement,html,css} from 'lit'; import {property} from 'lit/decorators.js'; class X extends LitElement{ static styles=css\`:host{}\`; render(){return html\`hi\`}} customElements.define('x-x',X);`,
  zodcore: `import {resolveConfig} from '/work/main/src/core/config.ts'; import {text,oneOf,safeUrl,flag} from '/work/main/src/core/schema.ts'; import * as z from 'zod/mini'; window.x=resolveConfig({a:text(),b:oneOf(['a']),c:safeUrl(),d:flag(), e: z.record(z.string(), text())},[]);`,
  zodnorecord: `import {resolveConfig} from '/work/main/src/core/config.ts'; import {text,oneOf,safeUrl,flag} from '/work/main/src/core/schema.ts'; window.x=resolveConfig({a:text(),b:oneOf(['a']),c:safeUrl(),d:flag()},[]);`,
};
for (const [name, code] of Object.entries(cases)) {
  writeFileSync(`/work/main/.sz/${name}.ts`, code);
  const out = await build({ configFile: false, logLevel: 'silent', root: '/work/main', define: {__SPA_VERSION__: '"0"'}, build: { write: false, minify: true, lib: { entry: `/work/main/.sz/${name}.ts`, formats: ['es'], fileName: name }, rolldownOptions: { output: { minify: true } } } });
  const chunk = out[0].output[0];
  console.log(name, chunk.code.length, gzipSync(chunk.code, { level: 9 }).length);
}
