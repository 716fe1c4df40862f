import type { CliIo } from './io.js';

/** Text styles for terminal output; each is the identity when colour is off. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const codes: Record<keyof Styles, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

/**
 * Whether output may be coloured: `NO_COLOR` (any non-empty value) turns it
 * off, `FORCE_COLOR` (not `0`) on; otherwise only on a terminal.
 * See https://no-color.org.
 */
export function colourEnabled(io: Pick<CliIo, 'env' | 'interactive'>): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0';
  return io.interactive;
}

/** The styles for `io`: ANSI colours when {@link colourEnabled}, plain text otherwise. */
export function stylesFor(io: Pick<CliIo, 'env' | 'interactive'>): Styles {
  const on = colourEnabled(io);
  const style =
    ([open, close]: [number, number]) =>
    (text: string) =>
      on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return Object.fromEntries(
    Object.entries(codes).map(([name, pair]) => [name, style(pair)]),
  ) as unknown as Styles;
}
