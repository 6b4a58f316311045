import type { ChartSpec } from './chart-spec.js';
import { asTopLevelSpec } from './internal/vega-lite-types.js';
import { CHART_CONFIG } from './chart-theme.js';

/**
 * Renders a vega-lite specification to a standalone SVG string, without a
 * browser or a DOM: vega-lite compiles it to vega, and a headless vega `View`
 * (`renderer: 'none'`) writes the scenegraph as SVG. Works the same in Node and
 * in a browser. The spec's own `config` is merged over {@link CHART_CONFIG}
 * (CJK font stack). Data must be inline (`data.values`); the loader is given no
 * network access, so a spec naming a URL fails rather than fetching.
 *
 * Source: vega-lite `compile` and vega `View#toSVG` (vega.github.io). Complexity:
 * that of the vega dataflow, about linear in the data values.
 *
 * @throws {TypeError} when `spec` is not an object, or its data comes from a URL (inline `data.values` only).
 * @returns The SVG document.
 * @example await renderChartSvg({ data: { values: [{ a: '青岛', b: 3 }] }, mark: 'bar', encoding: { x: { field: 'b', type: 'quantitative' }, y: { field: 'a', type: 'nominal' } } })
 * // '<svg xmlns="http://www.w3.org/2000/svg" … class="marks" width="…" …>…青岛…</svg>'
 */
export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  if (spec === null || typeof spec !== 'object') throw new TypeError('renderChartSvg: spec must be a vega-lite specification object');
  const url = findUrl(spec);
  if (url !== null) throw new TypeError(`renderChartSvg: charts must use inline data (data.values), not URLs (found "${url}")`);
  const withConfig = asTopLevelSpec({ ...spec, config: { ...CHART_CONFIG, ...(spec.config ?? {}) } });
  const [vega, vl, { expressionInterpreter }] = await loadEngine();
  const vgSpec = vl.compile(withConfig).spec;
  const noNetwork = {
    load: () => Promise.reject(new Error('renderChartSvg: charts must use inline data (data.values), not URLs')),
    sanitize: () => Promise.reject(new Error('renderChartSvg: charts must use inline data (data.values), not URLs')),
    http: () => Promise.reject(new Error('renderChartSvg: no network')),
    file: () => Promise.reject(new Error('renderChartSvg: no file access')),
  };
  // Expressions are interpreted (vega-interpreter over the parsed AST), not compiled with
  // `Function`: the same SVG, and it runs under a Content-Security-Policy without
  // 'unsafe-eval' (the office app, issue 18). Source: vega docs, "Vega and CSP".
  const view = new vega.View(vega.parse(vgSpec, undefined, { ast: true }), { renderer: 'none', loader: noNetwork as never, expr: expressionInterpreter as never });
  const release = useCjkAwareWidthEstimate((vega as unknown as { textMetrics: TextMetrics }).textMetrics);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
    release();
  }
}

type WidthFn = (item: unknown, text: unknown) => number;
interface TextMetrics {
  width: WidthFn;
  estimateWidth: WidthFn;
}
let active = 0;

/**
 * vega and vega-lite are loaded on first use with a dynamic `import()`: vega 6 is
 * ESM-only with a top-level await, so a static import would make the whole library
 * unloadable through `require()` (the CJS build) on Node 20. Only rendering a chart
 * needs them.
 */
let engine: Promise<[typeof import('vega'), typeof import('vega-lite'), typeof import('vega-interpreter')]> | undefined;
const loadEngine = () => (engine ??= Promise.all([import('vega'), import('vega-lite'), import('vega-interpreter')]));

/**
 * Without a canvas (Node), vega estimates a label's width as 0.8 × font size per
 * character, which is too narrow for Chinese (a CJK glyph is one em wide) and
 * clips long Chinese axis labels. While our renders run, and only when vega is
 * estimating (no canvas), swap in an estimate of 1 em per East Asian wide
 * character and 0.6 em otherwise. vega documents replacing `textMetrics.width`
 * (vl-convert does it); in a browser the canvas measurement is kept untouched.
 * `metrics` is vega's `textMetrics` (re-exported from vega-scenegraph; its typings omit it).
 */
function useCjkAwareWidthEstimate(metrics: TextMetrics): () => void {
  if (metrics.width !== metrics.estimateWidth && active === 0) return () => {};
  if (active++ === 0) metrics.width = cjkAwareWidth;
  return () => {
    if (--active === 0) metrics.width = metrics.estimateWidth;
  };
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function cjkAwareWidth(item: unknown, text: unknown): number {
  const it = item as { fontSize?: number; text?: unknown };
  const size = typeof it.fontSize === 'number' ? it.fontSize : 11;
  const value = text ?? it.text;
  const s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  let em = 0;
  for (const ch of s) em += WIDE.test(ch) ? 1 : 0.6;
  return Math.ceil(em * size);
}

/** The first string property named `url` anywhere in the spec (data or image URLs), else null. */
function findUrl(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const x of node) {
      const u = findUrl(x);
      if (u !== null) return u;
    }
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'url' && typeof v === 'string') return v;
      const u = findUrl(v);
      if (u !== null) return u;
    }
  }
  return null;
}
