/**
 * Loads a traditional→simplified Chinese converter (Taiwan/Hong Kong variants →
 * mainland simplified) from the optional peer dependency `opencc-js`, imported
 * dynamically only when this is called, so the library never requires it. Pass
 * the result as `preprocess` to the homogeneity functions, so that 政務 and 政务
 * compare equal.
 *
 * Source: OpenCC dictionaries via opencc-js (`from: 't'`, `to: 'cn'` by default).
 * Throws `Error` naming the package when it is not installed.
 *
 * @param options `from`: OpenCC source locale (default 't'; also 'tw', 'twp', 'hk'), `to` (default 'cn')
 * @throws {Error} when the optional package opencc-js is not installed (the message says how to install it).
 * @returns A function converting a text to simplified characters.
 * @example
 * const toSimplified = await loadTraditionalToSimplified();
 * toSimplified('政務新媒體') // '政务新媒体'
 */
export async function loadTraditionalToSimplified(
  options: { from?: 't' | 'tw' | 'twp' | 'hk'; to?: 'cn' } = {},
): Promise<(text: string) => string> {
  let mod: { Converter: (o: { from: string; to: string }) => (s: string) => string };
  try {
    // Optional peer dependency: a variable specifier keeps bundlers from inlining it.
    const name = 'opencc-js';
    mod = (await import(/* @vite-ignore */ name)) as typeof mod;
  } catch (e) {
    throw new Error(`loadTraditionalToSimplified: the optional package opencc-js is not installed (npm install opencc-js): ${String(e)}`);
  }
  const convert = mod.Converter({ from: options.from ?? 't', to: options.to ?? 'cn' });
  return (text: string) => convert(text);
}
