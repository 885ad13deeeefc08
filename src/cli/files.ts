/**
 * Reading and writing the user's files so that nothing is lost:
 * - input: symbolic links and anything that is not a regular file (a folder, a FIFO, a device,
 *   a socket) are refused before they are opened, so a FIFO cannot make the CLI hang; the size
 *   is checked against the limit before a byte is read;
 * - output: an existing file is replaced only with --force (and never a link, a folder or a
 *   read-only file); without --force the CLI either refuses or picks a free name and says which;
 *   the data is written to a temporary file beside the target and renamed (or linked) into
 *   place, and the temporary file is removed on every failure, Ctrl+C included;
 * - every file-system error is a Swedish sentence naming the file and what to do (fsMessage).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readSync, unlinkSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { sizeText } from '../io/limits';
import { CliError } from './errors';

type Op = 'read' | 'write';

/** A file-system error as a Swedish sentence: "<fil>: <vad som är fel>. <vad du kan göra>." */
export function fsMessage(e: unknown, shown: string, op: Op): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  const verb = op === 'read' ? 'läsas' : 'skrivas';
  switch (code) {
    case 'ENOENT':
      return op === 'read'
        ? `${shown}: filen finns inte. Kontrollera sökvägen.`
        : `${shown}: mappen ${path.dirname(shown)} finns inte. Skapa mappen först eller välj en annan mapp.`;
    case 'EACCES':
    case 'EPERM':
      return op === 'read'
        ? `${shown}: filen får inte läsas (behörighet saknas). Kontrollera filens behörigheter eller kopiera den till en mapp där du får läsa.`
        : `${shown}: filen kan inte skrivas, eftersom du saknar behörighet att skriva i mappen ${path.dirname(shown)}. Välj en annan mapp med -o.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${shown}: disken är full${code === 'EDQUOT' ? ' (din lagringskvot är slut)' : ''}, så filen kunde inte skrivas. Inget har skrivits. Frigör utrymme eller välj en annan disk med -o.`;
    case 'EISDIR':
      return `${shown}: är en mapp, inte en fil. Ange en fil${op === 'write' ? ', till exempel med -o utkast.docx' : ''}.`;
    case 'EEXIST':
      return `${shown}: filen finns redan och ersätts inte. Ange --force för att ersätta den, eller välj ett annat namn med -o.`;
    case 'ELOOP':
      return `${shown}: är en symbolisk länk (eller en kedja av länkar). Länkar följs inte, så att ingen annan fil skrivs över eller läses i hemlighet; ange den riktiga filen.`;
    case 'ENOTDIR':
      return `${shown}: en del av sökvägen är en fil och inte en mapp. Kontrollera sökvägen.`;
    case 'ENAMETOOLONG':
      return `${shown}: sökvägen är för lång för filsystemet. Välj ett kortare namn eller en mapp högre upp.`;
    case 'EROFS':
      return `${shown}: filsystemet är skrivskyddat, så filen kan inte skrivas. Välj en annan mapp med -o.`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${shown}: filen används av ett annat program. Stäng programmet och försök igen.`;
    case 'EMFILE':
    case 'ENFILE':
      return `${shown}: kunde inte ${verb} eftersom datorn har för många filer öppna. Stäng några program och försök igen.`;
    case 'EIO':
      return `${shown}: disken gav ett läs- eller skrivfel. Kontrollera disken eller kopiera filen till en annan plats och försök igen.`;
    case 'EFBIG':
      return `${shown}: filen blev större än filsystemet tillåter. Välj en annan disk med -o.`;
    default:
      return `${shown}: filen kunde inte ${verb}${code ? ` (felkod ${code})` : ''}. Kontrollera sökvägen och behörigheterna och försök igen.`;
  }
}

function notRegular(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'en mapp';
  if (st.isFIFO()) return 'en namngiven rörledning (FIFO)';
  if (st.isSocket()) return 'en socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'en enhet';
  return 'ingen vanlig fil';
}

/**
 * Reads a regular file of at most `limit` bytes. `what` names the limit ("en ärendefil").
 * The calls are synchronous (a command reads its files one after the other): fs.promises would
 * load Node's streams and readline on every start of `tu check`.
 * @throws CliError (exit 2) in Swedish
 */
export function readInputFile(file: string, shown: string, limit: number, what: string): Promise<Uint8Array> {
  // Every failure is a rejected promise, as before: the Promise constructor turns a throw into one.
  return new Promise((resolve) => resolve(readRegularFile(file, shown, limit, what)));
}

function readRegularFile(file: string, shown: string, limit: number, what: string): Uint8Array {
  let st: Stats;
  try {
    st = lstatSync(file);
  } catch (e) {
    throw new CliError(fsMessage(e, shown, 'read'));
  }
  if (st.isSymbolicLink()) {
    throw new CliError(
      `${shown}: är en symbolisk länk och läses inte (länkar följs inte, så att ingen annan fil läses i hemlighet). Ange filen som länken pekar på.`,
    );
  }
  const kind = notRegular(st);
  if (kind === 'en mapp') throw new CliError(`${shown}: är en mapp, inte en fil. Ange en fil.`);
  if (kind) throw new CliError(`${shown}: är ${kind}, inte en vanlig fil, och läses inte. Spara innehållet i en vanlig fil och ange den.`);
  if (st.size > limit) {
    throw new CliError(
      `${shown}: filen är ${sizeText(st.size)} stor; gränsen för ${what} är ${sizeText(limit)}. Kontrollera att det är rätt fil.`,
    );
  }
  let fd: number | undefined;
  try {
    // O_NOFOLLOW and O_NONBLOCK: a file swapped for a link or a FIFO after lstat neither is followed nor hangs.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const now = fstatSync(fd);
    if (!now.isFile()) throw new CliError(`${shown}: är inte längre en vanlig fil och läses inte.`);
    const size = Math.min(now.size, limit + 1);
    const out = new Uint8Array(size);
    let got = 0;
    while (got < size) {
      const bytesRead = readSync(fd, out, got, size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > limit) {
      throw new CliError(`${shown}: filen är större än gränsen för ${what} (${sizeText(limit)}). Kontrollera att det är rätt fil.`);
    }
    return got === size ? out : out.subarray(0, got);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(fsMessage(e, shown, 'read'));
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // A file that was read cannot fail to close in a way that matters here.
      }
    }
  }
}

/** The output file exists and neither --force nor a free name was asked for (the caller may say it its own way). */
export class ExistsError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'ExistsError';
  }
}

/** What to do when the output file exists: replace it (--force), refuse, or pick a free name. */
export type Existing = 'force' | 'refuse' | 'free';

const liveTemps = new Set<string>();
let handlersInstalled = false;

/** On Ctrl+C or SIGTERM, remove the temporary files being written, then stop. */
function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      for (const t of liveTemps) {
        try {
          unlinkSync(t);
        } catch {
          // already gone
        }
      }
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

async function lstatOrUndefined(p: string, shown: string): Promise<Stats | undefined> {
  try {
    return await fs.lstat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(fsMessage(e, shown, 'write'));
  }
}

/** Why an existing path may not be replaced at all (even with --force), or undefined. */
async function cannotReplace(p: string, st: Stats, shown: string): Promise<string | undefined> {
  if (st.isSymbolicLink())
    return `${shown}: är en symbolisk länk och skrivs inte över, inte heller med --force (länken kunde peka på en annan fil). Välj ett annat namn med -o.`;
  if (st.isDirectory()) return `${shown}: är en mapp. Ange ett filnamn, till exempel -o ${path.join(shown, 'utkast.docx')}.`;
  const kind = notRegular(st);
  if (kind) return `${shown}: är ${kind}, inte en vanlig fil, och skrivs inte till. Välj ett annat namn med -o.`;
  // access(W_OK) always succeeds for root, so the mode bits are looked at too: a file nobody may
  // write (0444) is read-only for everyone here, root included.
  let writable = (st.mode & 0o222) !== 0;
  if (writable) {
    try {
      await fs.access(p, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) {
    return `${shown}: filen är skrivskyddad och ersätts inte, inte heller med --force. Ta bort skrivskyddet om du verkligen vill ersätta den, eller välj ett annat namn med -o.`;
  }
  return undefined;
}

/** "utkast.docx" → "utkast-2.docx", "utkast-3.docx" … */
function numbered(p: string, n: number): string {
  const ext = path.extname(p);
  return `${p.slice(0, p.length - ext.length)}-${n}${ext}`;
}

/**
 * Writes `data` to `file` without ever leaving half a file or a temporary file behind.
 * Returns the path written (another one than asked for when existing = 'free' and the file exists).
 * @throws CliError (exit 2) in Swedish; nothing is written then
 */
export async function writeOutputFile(file: string, shown: string, data: Uint8Array, existing: Existing): Promise<string> {
  const dir = path.dirname(file);
  let dirSt: Stats;
  try {
    dirSt = await fs.stat(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new CliError(`${shown}: mappen ${path.dirname(shown)} finns inte. Skapa mappen först eller välj en annan mapp.`);
    throw new CliError(fsMessage(e, shown, 'write'));
  }
  if (!dirSt.isDirectory()) throw new CliError(`${shown}: ${path.dirname(shown)} är ingen mapp. Kontrollera sökvägen.`);

  let target = file;
  let targetShown = shown;
  /** The first free name from number n on (file-n.docx), for existing = 'free'. */
  let n = 1;
  const nextFree = async (): Promise<void> => {
    n++;
    while ((await lstatOrUndefined(numbered(file, n), shown)) !== undefined) {
      if (++n > 999)
        throw new CliError(`${shown}: det finns redan ${n - 1} filer med det namnet och en siffra. Välj ett annat namn med -o.`);
    }
    target = numbered(file, n);
    targetShown = numbered(shown, n);
  };
  const st = await lstatOrUndefined(target, shown);
  if (st) {
    const why = await cannotReplace(target, st, shown);
    if (existing === 'free') {
      await nextFree();
    } else if (why) {
      throw new CliError(why);
    } else if (existing === 'refuse') {
      throw new ExistsError(
        `${shown}: filen finns redan och ersätts inte (den kan vara ett utkast som du har arbetat vidare med i Word). Ange --force för att ersätta den, eller välj ett annat namn med -o.`,
      );
    }
  }

  installSignalCleanup();
  // node:crypto loads here, with the first file written: tu check never pays for it.
  const { randomBytes } = await import('node:crypto');
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
    created = true;
    liveTemps.add(tmp);
    try {
      let off = 0;
      while (off < data.length) {
        const { bytesWritten } = await handle.write(data, off, data.length - off);
        off += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing === 'force' && st !== undefined && target === file) {
      await fs.rename(tmp, target);
    } else {
      // link() never replaces a file that appeared meanwhile (EEXIST); rename() would. Without -o
      // (a free name), a name taken meanwhile (another tu draft in the same folder) means the next number.
      for (;;) {
        try {
          await placeWithoutReplacing(tmp, target, targetShown);
          break;
        } catch (e) {
          if (existing !== 'free' || (e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
          await nextFree();
        }
      }
    }
    liveTemps.delete(tmp);
    return target;
  } catch (e) {
    if (created) {
      await fs.unlink(tmp).catch(() => undefined);
      liveTemps.delete(tmp);
    }
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      // The folder exists (checked above) but does not take new files (/proc, a removed folder).
      throw new CliError(`${targetShown}: filen kunde inte skapas i mappen ${path.dirname(targetShown)}. Välj en annan mapp med -o.`);
    }
    throw new CliError(fsMessage(e, targetShown, 'write'));
  }
}

/** Moves the finished temporary file to `target`; EEXIST when a file is there (it is never replaced). */
async function placeWithoutReplacing(tmp: string, target: string, targetShown: string): Promise<void> {
  try {
    await fs.link(tmp, target);
    await fs.unlink(tmp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw e;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(code ?? '')) throw e;
    if ((await lstatOrUndefined(target, targetShown)) !== undefined) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await fs.rename(tmp, target);
  }
}

/** Creates an output folder (and its parents) when missing; a path that is a file is refused. */
export async function ensureDir(dir: string, shown: string): Promise<void> {
  try {
    const st = await fs.lstat(dir);
    if (st.isSymbolicLink()) throw new CliError(`${shown}: är en symbolisk länk, inte en mapp. Ange en riktig mapp.`);
    if (!st.isDirectory()) throw new CliError(`${shown}: finns redan och är ingen mapp. Välj en annan mapp med --out.`);
    return;
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(fsMessage(e, shown, 'write'));
  }
  try {
    await makeDirs(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      // The folder above exists but takes no new folders (/proc): said, never retried.
      throw new CliError(`${shown}: mappen kunde inte skapas i ${path.dirname(shown)}. Välj en annan mapp med --out.`);
    }
    throw new CliError(fsMessage(e, shown, 'write'));
  }
}

/**
 * mkdir -p one level at a time. Node's own recursive mkdir never ends where a folder exists but a
 * new one cannot be made in it (/proc/x: ENOENT, then EEXIST for /proc, and again); here each
 * level is tried once and the error of the first that fails is thrown.
 */
async function makeDirs(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if ((await fs.stat(dir)).isDirectory()) return;
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    }
    if (code !== 'ENOENT') throw e;
  }
  const parent = path.dirname(dir);
  if (parent === dir) throw Object.assign(new Error('no root'), { code: 'ENOENT' });
  await makeDirs(parent);
  await fs.mkdir(dir);
}
