// The few host APIs the browser-safe packages use; both browsers and Node provide them.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare const console: { log(...args: unknown[]): void; error(...args: unknown[]): void };
declare function queueMicrotask(cb: () => void): void;
declare const performance: { now(): number };
