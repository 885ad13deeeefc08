/**
 * Shared zod building blocks with Swedish messages. `kind` in the metadata tells the field registry
 * (fields.ts) what sort of value a field holds; it is not written to the JSON Schema.
 */
import { z } from 'zod';
import { isRealDate } from './calendar';

export { isRealDate } from './calendar';

/** A calendar date written as ÅÅÅÅ-MM-DD that exists in the calendar. */
export const IsoDate = z
  .string({ error: 'ska vara ett datum i formen ÅÅÅÅ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ska vara ett datum i formen ÅÅÅÅ-MM-DD' })
  .refine(isRealDate, { error: 'är inte ett datum som finns i kalendern' })
  .meta({ description: 'Datum i formen ÅÅÅÅ-MM-DD', kind: 'date' });

export const Year = z
  .number({ error: 'ska vara ett årtal, till exempel 2025' })
  .int({ error: 'ska vara ett helt årtal' })
  .min(2000, { error: 'ska vara ett årtal från 2000 och framåt' })
  .max(2100, { error: 'ska vara ett årtal före 2100' })
  .meta({ kind: 'year' });

export const Text = z.string({ error: 'ska vara text' });
export const NonEmpty = Text.trim().min(1, { error: 'får inte vara tomt' });

/** Amount in whole kronor. */
export const Kronor = z
  .number({ error: 'ska vara ett belopp i kronor (ett tal)' })
  .int({ error: 'ska vara ett helt antal kronor' })
  .min(0, { error: 'får inte vara negativt' })
  .meta({ kind: 'amount' });
