/**
 * The CLI's own errors and its exit codes:
 *   0  all went well (tu check: no error-level findings)
 *   1  the input is wrong: error findings, an invalid case (InputError from the readers)
 *   2  usage (an unknown option, a missing value) or a file that cannot be read or written
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE_OR_FILE = 2;

/** A usage error or a file that cannot be read or written: a Swedish sentence, exit code 2. */
export class CliError extends Error {
  readonly exitCode = EXIT_USAGE_OR_FILE;
  /** Print the command's usage after the message. */
  readonly showUsage: boolean;
  constructor(message: string, showUsage = false) {
    super(message);
    this.name = 'CliError';
    this.showUsage = showUsage;
  }
}
