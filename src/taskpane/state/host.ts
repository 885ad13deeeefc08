/** Where the pane runs: in Word, in a plain browser (office.js gave host null), or without office.js. */
export type HostMode = 'word' | 'browser' | 'no-office';

export function hostMode(officeLoaded: boolean, host: string | null | undefined): HostMode {
  if (!officeLoaded) return 'no-office';
  return host === 'Word' ? 'word' : 'browser';
}

/** The MessageBar text for the mode (undefined in Word). */
export function hostNotice(mode: HostMode): { title: string; text: string } | undefined {
  if (mode === 'no-office') {
    return {
      title: 'Office kunde inte laddas.',
      text: 'Fönstret fungerar ändå: läs in ett ärende och ladda ner tjänsteutlåtandet som .docx. Kontrollera nätverket om du vill arbeta direkt i Word.',
    };
  }
  if (mode === 'browser') {
    return {
      title: 'Du använder tillägget utanför Word.',
      text: 'Läs in ett ärende och ladda ner tjänsteutlåtandet som .docx. Öppna tillägget i Word för att infoga avsnitt direkt i dokumentet.',
    };
  }
  return undefined;
}

/** True when a CSS colour (#rgb or #rrggbb) is dark: relative luminance below 0.4. */
export function isDarkColor(color: string | undefined | null): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex))
    hex = hex
      .split('')
      .map((ch) => ch + ch)
      .join('');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}
