/** A user-facing failure of the command itself: `message` goes to stderr as is, then the process exits. */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
