/**
 * Turns the seed texts 000, 001 and 002 (../shared/seeds/) into .docx fixtures with real headings:
 * the seed text → HTML (<h1> title, <h2> standard sections, <h3>/<h4> subsections, <ol>/<ul> lists,
 * tables, a page header) → .docx with LibreOffice (convertWithSoffice).
 *
 * Seed 001 was extracted from a PDF: its diacritics are mangled (6=ö, &=ä, é=ö …), its lines are
 * wrapped and page headers, footnotes and tables are spread through the text. The fixups below
 * restore what the checker needs to find the sections (headings, key words, district names),
 * rebuild the three tables and move the broken STYLEREF field result ("Error! Use the Home tab …")
 * into the page header where Word had it: that defect is kept on purpose.
 *
 * Run: npx tsx test/tools/seeds-to-docx.ts   (writes test/fixtures/seeds-docx/seed-00N.docx and .html)
 */
import * as fs from 'fs';
import * as path from 'path';
import { standardSectionOf } from '../../src/check/structure';

export const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
export const OUT_DIR = path.resolve(__dirname, '../fixtures/seeds-docx');

interface SeedSpec {
  id: '000' | '001' | '002';
  /** The start of the title paragraph. */
  title: string;
  /** Level-3 and level-4 subheadings (exact paragraph texts, after fixups). */
  h3: string[];
  h4?: string[];
  /** Text for the page header. */
  pageHeader?: string[];
  /** Text fixups applied before parsing. */
  fix?: (s: string) => string;
  /** Named tables put in place of "@@TABLE:name@@" paragraphs. */
  tables?: Record<string, string[][]>;
}

const ERROR_FIELD = 'Error! Use the Home tab to apply Rubrik 1 to the text that you want to appear here.';

/** Mangled 001 words → the Swedish the PDF lost (only what headings, decisions and names need). */
const WORDS_001: [string, string][] = [
  ['Forvaltningens', 'Förvaltningens'],
  ['forslag', 'förslag'],
  ['Forslag', 'Förslag'],
  ['Socialnamnden', 'Socialnämnden'],
  ['Socialndmnden', 'Socialnämnden'],
  ['socialnamnden', 'socialnämnden'],
  ['godkéanner', 'godkänner'],
  ['godkénner', 'godkänner'],
  ['socialférvaltningens', 'socialförvaltningens'],
  ['arsrapport', 'årsrapport'],
  ['arsrapporten', 'årsrapporten'],
  ['Arsrapport', 'Årsrapport'],
  ['6verlamnar', 'överlämnar'],
  ['stadsdelsnamnder', 'stadsdelsnämnder'],
  ['Arendets', 'Ärendets'],
  ['Arendet', 'Ärendet'],
  ['arendet', 'ärendet'],
  ['foreslar', 'föreslår'],
  ['Forvaltningen', 'Förvaltningen'],
  ['forvaltningen', 'förvaltningen'],
  ['for', 'för'],
  ['f6r', 'för'],
  ['fér', 'för'],
  ['pa', 'på'],
  ['Pa', 'På'],
  ['socialdirektor', 'socialdirektör'],
  ['forvaltningsgruppen', 'förvaltningsgruppen'],
  ['Radet', 'Rådet'],
  ['funktionshinderfragor', 'funktionshinderfrågor'],
  ['mojlighet', 'möjlighet'],
  ['fragor', 'frågor'],
  ['stadsovergripande', 'stadsövergripande'],
  ['stadsévergripande', 'stadsövergripande'],
  ['stadsdvergripande', 'stadsövergripande'],
  ['stadsGvergripande', 'stadsövergripande'],
  ['FoU-rad', 'FoU-råd'],
  ['FoU-radet', 'FoU-rådet'],
  ['Hégersten-Liljeholmen', 'Hägersten-Liljeholmen'],
  ['Hésselby-Villingby', 'Hässelby-Vällingby'],
  ['Hasselby-Vallingby', 'Hässelby-Vällingby'],
  ['Skarpnéck', 'Skarpnäck'],
  ['Skérholmen', 'Skärholmen'],
  ['Ostermalm', 'Östermalm'],
  ['Sodermalm', 'Södermalm'],
  ['Spanga-Tensta', 'Spånga-Tensta'],
  ['Enskede-Arsta-Vantor', 'Enskede-Årsta-Vantör'],
  ['Enskede-Arsta-Vantoér', 'Enskede-Årsta-Vantör'],
  ['Socialférvaltningen', 'Socialförvaltningen'],
  ['Socialfdrvaltningen', 'Socialförvaltningen'],
  ['Socialforvaltningen', 'Socialförvaltningen'],
  ['socialforvaltningen', 'socialförvaltningen'],
  ['socialférvaltningen', 'socialförvaltningen'],
  ['Kungsholmens', 'Kungsholmens'],
  ['stadsdelsforvaltningar', 'stadsdelsförvaltningar'],
  ['stadsdelsforvaltning', 'stadsdelsförvaltning'],
  ['Beslutsgang', 'Beslutsgång'],
  ['Studieresor/studiebestk', 'Studieresor/studiebesök'],
  ['Forsknings-', 'Forsknings-'],
  ['Barnets vag', 'Barnets väg'],
  ['vag', 'väg'],
  ['Relationsvaldscentrum', 'Relationsvåldscentrum'],
  ['relationsvaldscentrum', 'relationsvåldscentrum'],
  ['stod', 'stöd'],
  ['Ratt', 'Rätt'],
  ['ratt', 'rätt'],
  ['6versikt', 'översikt'],
  ['bistand', 'bistånd'],
  ['myndighetsutévning', 'myndighetsutövning'],
  ['rérande', 'rörande'],
  ['Stockholmsenkaten', 'Stockholmsenkäten'],
  ['socialtjanstakademi', 'socialtjänstakademi'],
  ['ansokningarna', 'ansökningarna'],
  ['ans6kningarna', 'ansökningarna'],
  ['Hogsta', 'Högsta'],
  ['soka', 'söka'],
  ['stka', 'söka'],
  ['hdgsta', 'högsta'],
  ['beloppet', 'beloppet'],
  ['medlen', 'medlen'],
  ['sammanhallet', 'sammanhållet'],
  ['Underlattar', 'Underlättar'],
  ['Jamstéalldhet', 'Jämställdhet'],
  ['Tjansteutlatande', 'Tjänsteutlåtande'],
  ['utvecklingsmedel', 'utvecklingsmedel'],
  ['avseende', 'avseende'],
  ['forsknings', 'forsknings'],
  ['Goda', 'Goda'],
];

function fixWords(s: string, words: [string, string][]): string {
  let out = s;
  for (const [from, to] of words) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(re, to);
  }
  return out;
}

/** Cuts the text between two markers (inclusive) and puts `replacement` there. */
function cut(s: string, from: string, to: string, replacement: string): string {
  const a = s.indexOf(from);
  const b = s.indexOf(to, a);
  if (a < 0 || b < 0) throw new Error(`seeds-to-docx: markers not found: ${JSON.stringify(from)} … ${JSON.stringify(to)}`);
  return s.slice(0, a) + replacement + s.slice(b + to.length);
}

function fix001(raw: string): string {
  let s = raw.replace(/\r\n?/g, '\n');
  // The header block, as the PDF's first page shows it.
  s = cut(
    s,
    'w Stockholms',
    'Telefon: 08 508 25 246 2021-02-16',
    [
      'Socialförvaltningen',
      'Avdelningen för stadsövergripande sociala frågor',
      'Tjänsteutlåtande',
      'Dnr 3.2.1-792/2020',
      'Sida 1 (11)',
      '2021-01-26',
      'Handläggare',
      'Lisa Wallenberg',
      'Telefon: 08-508 25 246',
      'Till',
      'Socialnämnden',
      '2021-02-16',
    ].join('\n\n'),
  );
  s = s.replace('Arsrapport om medel f6r forskning och\nutveckling 2020', 'Årsrapport om medel för forskning och utveckling 2020');
  // Footnotes and page furniture.
  s = cut(s, '\n! FoU-radet bestar', 'sociala fragor.\n upphandling', '\nupphandling');
  s = cut(s, 'Error! Use the Home tab to apply Rubrik 1 to\nthe text', 'Sida 4 (11)\n', '');
  s = cut(s, '\n2 SBU har i uppdrag', 'vetenskapligt stod.\n Oversikten', '\nOversikten');
  s = s.replace('social utvardering SBU2.', 'social utvardering SBU.');
  s = s.replace('fem stadsdelar® i', 'fem stadsdelar i');
  s = s
    .replace('per ar ar 500 000', 'per år är 500 000')
    .replace('for ar 2020', 'för år 2020')
    .replace('i borjan av aret', 'i början av året');
  s = s.replace('forlangning av projektet t 0 m 31 mars 2022', 'forlangning av projektet t.o.m. 31 mars 2022');
  s = cut(s, '\n3 Enskede-Arsta-Vantoér', 'Skarpnéck.\n LUM kan', '\n\nLUM kan');
  s = cut(s, '\n4 samordnade interventionssystem', 'sivin-barn.html\n Forutom', '\n\nForutom');
  s = s.replace(/\nhttps:\/\/[^\n]*/g, '');
  s = s.replace(/\n \S/g, (m) => `\n${m.slice(2)}`);
  s = s.replace(/(^|\n|\. )\| /g, '$1I ');
  // Tables rebuilt from the PDF's columns.
  s = cut(s, 'Studie Genomfors av Klart Kostnad', 'tid (fem sdf) hélsa', '\n\n@@TABLE:fum@@\n\n');
  s = cut(
    s,
    'Strategisk betydelse for staden som helhet',
    'Jamstéalldhet',
    '- Strategisk betydelse for staden som helhet\n- Underlattar ett mer sammanhallet stod till den enskilde\n- Innovation\n- Jamstéalldhet',
  );
  s = cut(s, 'Hégersten-Liljeholmen  Egenmakt', 'Ostermalm Nya Startpunkten', '\n\n@@TABLE:lum@@\n\n');
  s = cut(s, 'Enskede-Arsta-Vantor Studiebesok till', 'hogre kvalitet.', '\n\n@@TABLE:mul@@\n\n');
  // Headings glued to the next line by the PDF extraction.
  s = s.replace('Forvaltningens forslag till beslut\n1.', 'Forvaltningens forslag till beslut\n\n1.');
  s = s.replace('Sammanfattning\nSocialforvaltningens', 'Sammanfattning\n\nSocialforvaltningens');
  s = s.replace('Bilagor\nBilaga 1', 'Bilagor\n\nBilaga 1');
  s = s.replace(
    'Formaliserat samarbete mellan Stockholms stad och\nStockholms universitet',
    'Formaliserat samarbete mellan Stockholms stad och Stockholms universitet',
  );
  s = s.replace(
    'Effektivt tidigt stod inom myndighetsutévning rérande\nekonomiskt bistand och missbruk',
    'Effektivt tidigt stod inom myndighetsutévning rérande ekonomiskt bistand och missbruk',
  );
  s = s.replace(
    'Fredrik Jurdell Veronica Wolgast Carstorp\nsocialdirektor avdelningschef',
    'Fredrik Jurdell, socialdirektor\n\nVeronica Wolgast Carstorp, avdelningschef',
  );
  return fixWords(s, WORDS_001);
}

export const SPECS: SeedSpec[] = [
  {
    id: '000',
    title: 'Inriktning av FoU medel för lokala utvecklingsprojekt år 2017',
    h3: [
      'Utlysning av lokala utvecklingsmedel',
      'Lokala utvecklingsmedel',
      'Medel för studiebesök',
      'Avslutat forsknings- och utvecklingsprojekt',
      'Redovisning av lokala utvecklingsprojekt år 2015',
    ],
    h4: [
      'Initial bedömning – implementering av ett standardiserat bedömningsinstrument för försörjningsstöd i Stockholm stad',
      'Barnen i centrum',
      'Kasam – en bedömnings- och uppföljningsmetod för ungdomsmottagningen',
      'Patologiskt samlande',
      'Arbete med sjukskrivna klienter',
      'Öppenvård sydost',
      'Resultat i samverkan för klientens bästa',
      'Hur går det?',
      'Stärkt brukarinflytande för brukarna på Södermalms stadsdelsförvaltning',
      'En utvärdering av umgängesverksamheten Älvis',
      'Metodutveckling för kuratorer på stadens ungdomsmottagningar (UM)',
      'Mina båda Världar – stödgrupp till familjehemsplacerade barn',
    ],
    fix: (s) =>
      s
        .replace('utarbeta material,\n\nhitta koncept', 'utarbeta material, hitta koncept')
        .replace('”task force” (en\n\nsamverkansmodell', '”task force” (en samverkansmodell'),
  },
  {
    id: '001',
    title: 'Årsrapport om medel för forskning och utveckling 2020',
    h3: [
      'Forsknings- och utvecklingsmedel (FUM)',
      'Lokala utvecklingsprojekt (LUM)',
      'Studieresor/studiebesök (MUL)',
      'Goda exempel',
      'Kunskapsbanken',
      'Forskningsseminarier',
      'Stockholms stads socialtjänstakademi',
      'Formaliserat samarbete mellan Stockholms stad och Stockholms universitet',
      'SIVIN',
      'Stockholmsenkäten',
    ],
    h4: [
      'Barnets väg genom Barnahus',
      'Relationsvåldscentrum i Stockholms stad',
      'Skolsociala team',
      'Effektivt tidigt stöd inom myndighetsutövning rörande ekonomiskt bistånd och missbruk',
      'Systematisk översikt av ekonomiskt bistånd',
      'Rätt stöd i rätt tid',
      'Beslutsgång',
    ],
    pageHeader: ['Tjänsteutlåtande', ERROR_FIELD],
    fix: fix001,
    tables: {
      fum: [
        ['Studie', 'Genomförs av', 'Klart', 'Kostnad'],
        ['RVC', 'Ersta Sköndal Bräcke högskola', '31 december 2021', '1 miljon kr'],
        ['Skolsociala team', 'Ersta Sköndal Bräcke högskola', '31 mars 2022', '1 miljon kr'],
        ['Effektivt tidigt stöd', 'Lumells Associates', '31 december 2020', '950 000 kr'],
        ['Systematisk översikt', 'FoU i Väst', '31 januari 2022', '975 000 kr'],
        ['Rätt stöd i rätt tid (fem sdf)', 'Uppdrag psykisk hälsa', 'Januari 2021', '500 000 kr'],
      ],
      lum: [
        ['Hägersten-Liljeholmen', 'Egenmakt - privatekonomi'],
        ['Hägersten-Liljeholmen', 'En plats för dig - verksamhetsutveckling i socialpsykiatrin med tjänstedesign som metod'],
        ['Hässelby-Vällingby', 'Ett systematiskt, skyndsamt och tryggt förändringsarbete för en modern och hållbar socialtjänst'],
        ['Kungsholmen', 'Etableringscoach (medsökande Norrmalm och Östermalm)'],
        ['Skarpnäck', 'Familjeorienterat arbetssätt'],
        ['Skärholmen', 'Pilot intern-SIP'],
        [
          'Socialförvaltningen, Framtid Stockholm',
          'Alla barn i centrum (ABC) Ett universellt gruppstöd till föräldrar med barn i åldern 0-2 år',
        ],
        ['Socialförvaltningen, socialjouren', 'Våld i nära relationer'],
        ['Östermalm', 'Nya Startpunkten'],
      ],
      mul: [
        ['Enskede-Årsta-Vantör', 'Studiebesök till Helsingfors Finland - Skyddat boende'],
        [
          'Farsta',
          'Besöka Stavanger i Norge som på ett strukturerat sätt arbetar med att hålla barnets perspektiv i fokus genom hela socialtjänstens process.',
        ],
        ['Hässelby-Vällingby', 'Umeå socialtjänst som arbetar utifrån modell för tidigt stöd till barn.'],
        [
          'Socialförvaltningen, Framtid Stockholm',
          'London för att besöka kommunal verksamhet som arbetar med ungdomar i kriminalitet och gängkriminalitet.',
        ],
        [
          'Socialförvaltningen, Socialjouren',
          'Warszawa Polen, svenska ambassaden, socialtjänstavdelningen Warszawa, frivilligorganisationer som jobbar med hemlöshet och missbruksproblematik.',
        ],
        [
          'Södermalm',
          'Helsingborgs FoU - forskning och utveckling för social hållbarhet. Utbyte kring innovation och digitalisering för att höja kvaliteten i verksamheten.',
        ],
        ['Spånga-Tensta', 'Helsingborgs stad för utbyte kring digitalt team samt brukarmedverkan i syfte att nå högre kvalitet.'],
      ],
    },
  },
  {
    id: '002',
    title: 'Inriktning av medel för lokala utvecklingsprojekt och studieresor 2025',
    h3: [
      'Redovisning av lokala utvecklingsmedel år 2023',
      'Redovisning av medel för utveckling och lärande år 2023',
      'Förslag på inriktning för lokala utvecklingsmedel 2025',
      'Utlysning och beslut om lokala utvecklingsmedel',
      'Finansiering lokala utvecklingsprojekt',
      'Medel för studieresor',
    ],
    h4: ['Huvudkriterier', 'Prioriterade områden'],
    fix: (s) => s.replace('stadsövergripande och\n\nlokal nivå.', 'stadsövergripande och lokal nivå.'),
  },
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inline(s: string): string {
  const m = /^\*(.+)\*$/.exec(s);
  return m ? `<em>${esc(m[1])}</em>` : esc(s);
}

type Para = { kind: 'p' | 'ol' | 'ul' | 'row'; text: string; n?: number };

/** Blank lines separate paragraphs; a line starting "1. ", "- " or "Bilaga 1" starts a new one; tabs make table rows. */
function paragraphsOf(text: string, headings: Set<string>): Para[] {
  const out: Para[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let cur: Para | undefined;
    for (const rawLine of block.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      const ol = /^(\d{1,2})\.\s+(.*)$/.exec(line);
      const ul = /^-\s+(.*)$/.exec(line);
      if (line.includes('\t')) {
        cur = { kind: 'row', text: line };
        out.push(cur);
        cur = undefined;
      } else if (ol) {
        cur = { kind: 'ol', text: ol[2], n: Number(ol[1]) };
        out.push(cur);
      } else if (ul) {
        cur = { kind: 'ul', text: ul[1] };
        out.push(cur);
      } else if (
        !cur ||
        /^Bilaga \d/.test(line) ||
        headings.has(line) ||
        standardSectionOf(line) ||
        (cur && (headings.has(cur.text) || standardSectionOf(cur.text)))
      ) {
        cur = { kind: 'p', text: line };
        out.push(cur);
      } else {
        cur.text += ` ${line}`;
      }
    }
  }
  return out;
}

/** Seed text → HTML with real headings and lists. */
export function seedToHtml(spec: SeedSpec, raw: string): string {
  const text = spec.fix ? spec.fix(raw) : raw;
  const h3 = new Set(spec.h3);
  const h4 = new Set(spec.h4 ?? []);
  const paras = paragraphsOf(text, new Set([...h3, ...h4]));
  const html: string[] = [];
  let open: 'ol' | 'ul' | 'table' | null = null;
  const close = () => {
    if (open) html.push(`</${open}>`);
    open = null;
  };
  let seenTitle = false;
  for (const p of paras) {
    if (p.kind === 'row') {
      if (open !== 'table') {
        close();
        html.push('<table>');
        open = 'table';
      }
      html.push(
        `<tr>${p.text
          .split('\t')
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
      );
      continue;
    }
    if (p.kind === 'ol') {
      if (open !== 'ol') {
        close();
        html.push(p.n && p.n > 1 ? `<ol start="${p.n}">` : '<ol>');
        open = 'ol';
      }
      html.push(`<li>${inline(p.text)}</li>`);
      continue;
    }
    if (p.kind === 'ul') {
      if (open !== 'ul') {
        close();
        html.push('<ul>');
        open = 'ul';
      }
      html.push(`<li>${inline(p.text)}</li>`);
      continue;
    }
    close();
    const t = p.text;
    const table = /^@@TABLE:(\w+)@@$/.exec(t);
    if (table) {
      const rows = spec.tables?.[table[1]];
      if (!rows) throw new Error(`seeds-to-docx: no table ${table[1]}`);
      html.push('<table>', ...rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`), '</table>');
    } else if (!seenTitle && t.startsWith(spec.title)) {
      seenTitle = true;
      html.push(`<h1>${esc(t)}</h1>`);
    } else if (seenTitle && standardSectionOf(t)) {
      html.push(`<h2>${esc(t)}</h2>`);
    } else if (seenTitle && h3.has(t)) {
      html.push(`<h3>${esc(t)}</h3>`);
    } else if (seenTitle && h4.has(t)) {
      html.push(`<h4>${esc(t)}</h4>`);
    } else {
      html.push(`<p>${inline(t)}</p>`);
    }
  }
  close();
  if (!seenTitle) throw new Error(`seeds-to-docx: title not found in seed ${spec.id}`);
  const header = spec.pageHeader ? `<div title="header">${spec.pageHeader.map((h) => `<p>${esc(h)}</p>`).join('')}</div>\n` : '';
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>Seed ${spec.id}</title></head><body>\n${header}${html.join('\n')}\n</body></html>\n`;
}

export function seedFile(id: string): string {
  const f = fs.readdirSync(SEEDS_DIR).find((n) => n.startsWith(`${id}_`));
  if (!f) throw new Error(`seeds-to-docx: seed ${id} not found in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, f);
}

/** Writes seed-<id>.html and seed-<id>.docx into outDir; returns the .docx paths. */
export async function buildSeedFixtures(outDir = OUT_DIR): Promise<string[]> {
  const { convertWithSoffice } = await import('../helpers/soffice');
  fs.mkdirSync(outDir, { recursive: true });
  const out: string[] = [];
  for (const spec of SPECS) {
    const html = seedToHtml(spec, fs.readFileSync(seedFile(spec.id), 'utf8'));
    const htmlPath = path.join(outDir, `seed-${spec.id}.html`);
    fs.writeFileSync(htmlPath, html);
    out.push(convertWithSoffice(htmlPath, 'docx:MS Word 2007 XML', { infilter: 'HTML (StarWriter)', outDir }));
  }
  return out;
}

if (require.main === module) {
  buildSeedFixtures().then(
    (files) => console.log(`Skrev ${files.join(', ')}`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
