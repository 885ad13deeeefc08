/** Case → DraftDocument, for each document kind. */
import type { Case } from '../model/case';
import type { Criteria } from '../model/criteria';
import { resolveCriteria } from '../model/validate';
import { draftArsrapport } from './arsrapport';
import { draftInriktning } from './inriktning';
import type { DraftDocument } from './types';

export * from './types';

/** Drafts a complete tjänsteutlåtande from a validated case. Criteria come from the case (inline or a built-in year). */
export function draftCase(c: Case, criteria: Criteria | undefined = resolveCriteria(c)): DraftDocument {
  switch (c.dokumenttyp) {
    case 'inriktning-redovisning':
      return draftInriktning(c, criteria);
    case 'arsrapport':
      return draftArsrapport(c, criteria);
  }
}
