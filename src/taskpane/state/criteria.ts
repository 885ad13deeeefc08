/** The year's criteria as the pane shows them, and choosing them for the case. */
import type { Criteria } from '../../model/criteria';
import { BUILT_IN_CRITERIA, builtInCriteria } from '../../model/criteria/index';
import { kronor } from '../../swedish/numbers';
import { getAt, setAt, type RawCase } from './raw';

export type CriteriaChoice =
  { kind: 'builtin'; year: number; criteria: Criteria | undefined } | { kind: 'inline'; criteria: Criteria } | { kind: 'none' };

export function builtInYears(): number[] {
  return BUILT_IN_CRITERIA.map((c) => c.ar).sort((a, b) => b - a);
}

/** Which criteria the case uses: a built-in year by reference, inline criteria, or the inriktning year by default. */
export function currentCriteria(raw: RawCase): CriteriaChoice {
  const k = getAt(raw, ['kriterier']);
  if (k && typeof k === 'object' && 'kriterier' in k) return { kind: 'inline', criteria: k as Criteria };
  const refYear = getAt(raw, ['kriterier', 'ar']);
  const year = typeof refYear === 'number' ? refYear : getAt(raw, ['ar', 'inriktning']);
  if (typeof year === 'number') return { kind: 'builtin', year, criteria: builtInCriteria(year) };
  return { kind: 'none' };
}

export function withBuiltInCriteria(raw: RawCase, year: number): RawCase {
  return setAt(raw, ['kriterier'], { ar: year });
}

export function withInlineCriteria(raw: RawCase, criteria: Criteria): RawCase {
  return setAt(raw, ['kriterier'], criteria);
}

export interface CriteriaSummary {
  heading: string;
  kriterierRubrik: string;
  kriterier: string[];
  omradenRubrik: string | null;
  omraden: string[];
  tak: string[];
  datum: string[];
}

export function summarizeCriteria(c: Criteria): CriteriaSummary {
  const omraden = c.teman.length ? c.teman : c.prioriteradeOmraden;
  const omradenRubrik = c.teman.length ? 'Teman' : c.prioriteradeOmraden.length ? 'Prioriterade områden' : null;
  const tak: string[] = [];
  tak.push(
    `Lokala utvecklingsprojekt (LUM): högst ${kronor(c.lum.maxBelopp)} ${c.lum.beloppPer === 'ar' ? 'per projekt och år' : 'per projekt'}.`,
  );
  tak.push(`Projekttid: högst ${c.lum.maxAr} ${c.lum.maxAr === 1 ? 'år' : 'år'}${c.lum.ansokanArligen ? ', ny ansökan varje år' : ''}.`);
  if (c.mul.maxBelopp !== undefined) tak.push(`Studieresa (${c.mul.namn}): högst ${kronor(c.mul.maxBelopp)} per resa.`);
  if (c.perSdf.maxLumPerAr !== undefined) tak.push(`Högst ${c.perSdf.maxLumPerAr} LUM-projekt per stadsdelsförvaltning och år.`);
  if (c.perSdf.maxMulPerAr !== undefined) tak.push(`Högst ${c.perSdf.maxMulPerAr} studieresor per stadsdelsförvaltning och år.`);
  if (c.perSdf.maxAnsokningarTotalt !== undefined)
    tak.push(`Högst ${c.perSdf.maxAnsokningarTotalt} ansökningar per stadsdelsförvaltning sammanlagt.`);
  const datum: string[] = [];
  const oppnar = c.utlysning.oppnar ?? c.utlysning.oppnarText;
  const stanger = c.utlysning.stanger ?? c.utlysning.stangerText;
  if (oppnar) datum.push(`Utlysningen öppnar: ${oppnar}`);
  if (stanger) datum.push(`Utlysningen stänger: ${stanger}`);
  if (c.aterbetalningSenast) datum.push(`Meddela senast ${c.aterbetalningSenast} om medel inte kan användas`);
  return {
    heading: `Kriterier för ${c.ar}`,
    kriterierRubrik: c.kriterier.typ === 'huvudkriterier' ? 'Huvudkriterier (måste uppfyllas)' : 'Kriterier',
    kriterier: c.kriterier.lista,
    omradenRubrik,
    omraden,
    tak,
    datum,
  };
}
