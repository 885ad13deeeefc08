/**
 * Imported first by the pane's entry: zod 4 compiles fast parsers with `new Function` unless told
 * not to. The pane's Content-Security-Policy forbids eval, so turn that off before any schema runs
 * (the built-in criteria are parsed when their module loads).
 */
import { z } from 'zod';

z.config({ jitless: true });
