/**
 * Text rules shared by the .docx writer and reader.
 *
 * XML 1.0 cannot hold most C0 control characters. The writer therefore:
 *  - DROPS U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and lone surrogates
 *    (they cannot be stored in a .docx at all; Word itself refuses them);
 *  - writes TAB (U+0009) as a Word tab (<w:tab/>) and a line break (CR LF, LF or CR) as a Word
 *    line break (<w:br/>) inside the same paragraph.
 * The reader gives every tab and line break back as one ordinary space (U+0020), so the checker
 * sees words separated as Word shows them. Everything else (quotes, <, &, emoji, right-to-left
 * script, non-breaking spaces, C1 controls and DEL) survives unchanged.
 */

/** True for a UTF-16 code unit XML 1.0 cannot hold on its own (surrogates are checked in pairs below). */
function invalidUnit(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
}

/** Removes the characters XML 1.0 cannot hold (see above). Tabs and line breaks are kept. One pass, no copy when clean. */
export function stripXmlInvalid(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = invalidUnit(c);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid pair
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (!bad) continue;
    (out ??= []).push(text.slice(from, i));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** What the reader gives back for a text the writer wrote: invalid characters dropped, tabs and line breaks as spaces. */
export function expectedRoundTrip(text: string): string {
  return stripXmlInvalid(text).replace(/\r\n|[\r\n\t]/g, ' ');
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; anything else is left as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? whole;
  });
}
