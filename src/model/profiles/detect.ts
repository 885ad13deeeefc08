/**
 * Choosing a profile from the document itself: each built-in profile names the cues it needs
 * (words in the title, the header block, the headings or the text); the profile with the highest
 * priority whose cues all match is chosen, else the generic tjänsteskrivelse. The answer says why.
 */
import type { Cue, ResolvedProfile } from './schema';

/** What detection reads of a document (host-free: plain texts). */
export interface DetectionInput {
  /** The document's title, when found. */
  title?: string;
  /** The header block: page header paragraphs and the body's paragraphs before the first section. */
  header: readonly string[];
  /** Every heading's text. */
  headings: readonly string[];
  /** Every body paragraph's text. */
  text: readonly string[];
}

export interface Detection {
  profile: ResolvedProfile;
  /** Why, in plain Swedish: "rubriken nämner FoU-medel; dokumentet nämner Stockholm". */
  reason: string;
}

function lower(xs: readonly string[]): string {
  // toLowerCase lowers Å, Ä and Ö as Swedish does, and is much faster than toLocaleLowerCase on long texts.
  return xs
    .join('\n')
    .toLowerCase()
    .replace(/[‐‑–—]/g, '-');
}

/** How much of the text detection reads: the förvaltning and the city are named at the start of a document. */
const TEXT_PARAGRAPHS = 400;

/** A letter or a digit of any script; made on first use (a Unicode property costs a fresh process time to make). */
let letterOrDigit: RegExp | undefined;

/** Whether the UTF-16 unit `ch` is a letter or a digit: ASCII answered at once, anything else by the Unicode properties. */
function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (letterOrDigit ??= /[\p{L}\p{N}]/u).test(ch);
}

/** A word or phrase at the start of a word (not inside another word). */
function hasWord(hay: string, word: string): boolean {
  const w = word.toLocaleLowerCase('sv-SE');
  for (let i = hay.indexOf(w); i >= 0; i = hay.indexOf(w, i + 1)) {
    if (i === 0 || !isLetterOrDigit(hay[i - 1])) return true;
  }
  return false;
}

/** The built-in profile that fits the document, and why. `profiles` are the candidates (the built-ins). */
export function detectProfile(input: DetectionInput, profiles: readonly ResolvedProfile[], fallback: ResolvedProfile): Detection {
  const places: Record<Cue['var'][number], string> = {
    rubrik: lower(input.title ? [input.title] : []),
    huvud: lower(input.header),
    rubriker: lower(input.headings),
    text: '',
  };
  let textLoaded = false;
  const place = (k: Cue['var'][number]): string => {
    if (k === 'text' && !textLoaded) {
      places.text = lower(input.text.slice(0, TEXT_PARAGRAPHS));
      textLoaded = true;
    }
    return places[k];
  };
  const ranked = [...profiles].filter((p) => p.kannetecken.length > 0).sort((a, b) => b.prioritet - a.prioritet);
  for (const p of ranked) {
    const ok = p.kannetecken.every((c) => c.var.some((v) => c.ord.some((w) => hasWord(place(v), w))));
    if (ok) return { profile: p, reason: p.kannetecken.map((c) => c.beskrivning).join('; ') };
  }
  return {
    profile: fallback,
    reason: 'dokumentet har inga kännetecken på en mer särskild profil (till exempel FoU-medel eller Stockholms stad)',
  };
}
