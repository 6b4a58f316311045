/**
 * Imported first by the worker, before the library defines its schemas: zod (the library's
 * boundary validator) otherwise probes `new Function("")` once to decide whether it may
 * compile fast object parsers. The page's Content-Security-Policy forbids eval (no
 * 'unsafe-eval'), so the probe throws — zod catches it, but Firefox reports the blocked
 * eval as a page error (Chromium only in the worker's own console). `jitless` skips the
 * probe and the compiled parsers; parsing is the same, interpreted.
 */
import { config } from 'zod';

/** zod's global config after the change (the worker reads it, so the bundler keeps this module: the package declares no side effects). */
export const zodConfig = config({ jitless: true });
