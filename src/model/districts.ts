/**
 * Stockholm's stadsdelsförvaltningar (SDF) by period. 14 from 2007; on 2020-07-01
 * Hägersten-Liljeholmen + Älvsjö became Hägersten-Älvsjö; on 2023-07-01 Rinkeby-Kista +
 * Spånga-Tensta became Järva and Norrmalm + Östermalm became Norra innerstaden.
 */
export interface District {
  /** Short name as written in running text: "Farsta", "Norra innerstaden". */
  namn: string;
  /** The administration's full name: "Farsta stadsdelsförvaltning". */
  forvaltning: string;
  /** First day the district existed (ISO date). */
  fran: string;
  /** Last day it existed (ISO date); absent when it still exists. */
  till?: string;
  /** The district that took over, for a merged one. */
  ersattAv?: string;
}

import { closest } from './closest';

const START = '2007-01-01';
const SDF = 'stadsdelsförvaltning';

function d(namn: string, genitiv: string, fran = START, till?: string, ersattAv?: string): District {
  return { namn, forvaltning: `${genitiv} ${SDF}`, fran, ...(till ? { till, ersattAv } : {}) };
}

export const DISTRICTS: readonly District[] = [
  d('Bromma', 'Bromma'),
  d('Enskede-Årsta-Vantör', 'Enskede-Årsta-Vantörs'),
  d('Farsta', 'Farsta'),
  d('Hägersten-Liljeholmen', 'Hägersten-Liljeholmens', START, '2020-06-30', 'Hägersten-Älvsjö'),
  d('Hässelby-Vällingby', 'Hässelby-Vällingby'),
  d('Kungsholmen', 'Kungsholmens'),
  d('Norrmalm', 'Norrmalms', START, '2023-06-30', 'Norra innerstaden'),
  d('Rinkeby-Kista', 'Rinkeby-Kista', START, '2023-06-30', 'Järva'),
  d('Skarpnäck', 'Skarpnäcks'),
  d('Skärholmen', 'Skärholmens'),
  d('Spånga-Tensta', 'Spånga-Tensta', START, '2023-06-30', 'Järva'),
  d('Södermalm', 'Södermalms'),
  d('Älvsjö', 'Älvsjö', START, '2020-06-30', 'Hägersten-Älvsjö'),
  d('Östermalm', 'Östermalms', START, '2023-06-30', 'Norra innerstaden'),
  d('Hägersten-Älvsjö', 'Hägersten-Älvsjö', '2020-07-01'),
  d('Järva', 'Järva', '2023-07-01'),
  d('Norra innerstaden', 'Norra innerstadens', '2023-07-01'),
];

function norm(s: string): string {
  return s
    .trim()
    .toLocaleLowerCase('sv-SE')
    .replace(/\s+/g, ' ')
    .replace(/[‐‑–—]/g, '-');
}

/** Each district's short name and the genitive before "stadsdelsförvaltning", normalized once. */
const KEYS = DISTRICTS.map((dist) => ({ dist, short: norm(dist.namn), gen: norm(dist.forvaltning.slice(0, -SDF.length - 1)) }));

/**
 * Finds a district by its short name, its förvaltning name, or a genitive form
 * ("Södermalms", "Farsta stadsdelsförvaltning", "sdf Farsta"). Returns undefined for
 * anything else (for example "Socialförvaltningen").
 */
export function findDistrict(name: string): District | undefined {
  let n = norm(name)
    .replace(/^sdf\s+/, '')
    .replace(/\s+(stadsdelsförvaltningars?|stadsdelsförvaltning(en)?|sdf|stadsdelsområde)$/, '');
  for (const k of KEYS) if (n === k.short || n === k.gen) return k.dist;
  if (n.endsWith('s')) {
    n = n.slice(0, -1);
    return KEYS.find((k) => k.short === n)?.dist;
  }
  return undefined;
}

/** Whether the district existed on the given ISO date. */
export function districtExistsOn(dist: District, isoDate: string): boolean {
  return isoDate >= dist.fran && (dist.till === undefined || isoDate <= dist.till);
}

/** Whether the district existed at any time during the given year. */
export function districtExistsIn(dist: District, year: number): boolean {
  return districtExistsOn(dist, `${year}-12-31`) || districtExistsOn(dist, `${year}-01-01`);
}

/** The districts in existence on a date, in alphabetical order. */
export function districtsOn(isoDate: string): District[] {
  return DISTRICTS.filter((dist) => districtExistsOn(dist, isoDate)).sort((a, b) => a.namn.localeCompare(b.namn, 'sv-SE'));
}

/** The full name of an owner: a district's förvaltning, or the name as given ("Socialförvaltningen"). */
export function ownerName(sdf: string): string {
  const dist = findDistrict(sdf);
  return dist ? dist.forvaltning : sdf.trim();
}

/** Lower case, dashes as hyphens, diacritics removed: "Södermalm" and "Sodermalm" fold alike. */
function fold(s: string): string {
  return norm(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The name without "stadsdelsförvaltning", "sdf" and the like around it. */
function bareName(name: string): string {
  return norm(name)
    .replace(/^sdf\s+/, '')
    .replace(/\s+(stadsdelsförvaltningars?|stadsdelsförvaltning(en)?|sdf|stadsdelsområde)$/, '');
}

/**
 * The district a misspelled name most likely means ("Farstta", "Sodermalm", "Södermalms sdf" with a
 * typo → Farsta, Södermalm). Undefined for a district's own name and for names not close to any
 * (a förvaltning such as "Socialförvaltningen", or "Järfälla").
 */
export function suggestDistrict(name: string): District | undefined {
  if (findDistrict(name)) return undefined;
  const bare = bareName(name);
  // One part of a district's name ("Kista" of Rinkeby-Kista, "Enskede" of Enskede-Årsta-Vantör).
  const part = DISTRICTS.find((d) => fold(d.namn).split('-').includes(fold(bare)));
  if (part) return part;
  const names = DISTRICTS.map((d) => d.namn);
  const hit = closest(bare, names, fold) ?? (bare.endsWith('s') ? closest(bare.slice(0, -1), names, fold) : undefined);
  return hit === undefined ? undefined : DISTRICTS.find((d) => d.namn === hit);
}

/** Words that make a name an organisation's rather than a district's ("Socialförvaltningen", "FoU-enheten"). */
const ORGANISATION =
  /förvaltning|nämnd|kontor|enhet|avdelning|kommun|region|bolag|stiftelse|universitet|högskol|förening|institut|myndighet|styrelse|verket|centrum|mottagning|jour|stockholm/i;

/**
 * What is wrong with a name in a stadsdelsförvaltning field, in plain Swedish; undefined when it is a
 * district (any period) or names an organisation ("Socialförvaltningen, socialjouren").
 */
export function districtNameProblem(name: string): string | undefined {
  if (findDistrict(name)) return undefined;
  const near = suggestDistrict(name);
  const shown = `"${name.trim()}" är ingen stadsdelsförvaltning i Stockholm`;
  if (near) return `${shown} – menade du ${near.namn}?`;
  if (ORGANISATION.test(name)) return undefined;
  return `${shown}. Skriv stadsdelens namn (till exempel Farsta eller Södermalm) eller hela förvaltningens namn (till exempel Socialförvaltningen).`;
}
