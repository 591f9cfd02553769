import { createRedactor } from '@terrapin/core/adapter-kit';
import type { PointerToFlag } from './errors';
import { type CliIo, writeChunk } from './io';
import { terminalSafe } from './output/terminal-safe';

/**
 * Per-run state shared by the commands: the io, and the secrets to scrub. Every text the CLI prints goes through
 * {@link CliContext.out} or {@link CliContext.err}, which replace any known secret (the resolved API key) with
 * `[REDACTED]`: core already never prints the key, this is the second lock on the door (issue 8: "never print
 * the key", including `--debug` and error paths).
 */
export class CliContext {
  readonly io: CliIo;
  readonly #secrets = new Set<string>();
  // Core's one redactor (known secrets, bearer/basic tokens, URL credentials), rebuilt when a secret is added.
  #redact = createRedactor(this.#secrets);
  /** Set by the running command so errors can name the flag behind a JSON pointer. */
  pointerToFlag: PointerToFlag = () => undefined;

  constructor(io: CliIo) {
    this.io = io;
  }

  /** Registers a value that must never be printed. */
  addSecret(secret: string | undefined): void {
    if (!secret || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    this.#redact = createRedactor(this.#secrets);
  }

  /** Replaces every registered secret, and any token or URL credential, in `text`. */
  scrub(text: string): string {
    return this.#redact(text);
  }

  /**
   * Writes machine-readable data to stdout exactly (scrubbed of secrets only), waiting for the pipe when it is
   * full. JSON, NDJSON and piped CSV go here; text for people goes through {@link CliContext.outText}.
   */
  async out(text: string): Promise<void> {
    if (text) await writeChunk(this.io.stdout, this.scrub(text));
  }

  /** Writes human-readable text to stdout, scrubbed and with control characters neutralised (issue 14). */
  async outText(text: string): Promise<void> {
    if (text) await writeChunk(this.io.stdout, terminalSafe(this.scrub(text)));
  }

  /**
   * Writes to stderr (scrubbed, control characters neutralised: everything on stderr is for people, and error
   * details quote the API). Synchronous so it can serve commander's output hooks.
   */
  err(text: string): void {
    if (text) this.io.stderr.write(terminalSafe(this.scrub(text)));
  }
}
