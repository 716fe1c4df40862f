/** Prints rows as an aligned plain-text table; the first row is the header. */
export function printTable(table: readonly (readonly string[])[]): void {
  const header = table[0] ?? [];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => displayWidth(row[column] ?? ''))),
  );
  for (const [index, row] of table.entries()) {
    console.log(
      row
        .map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** Hangul, kana, CJK ideographs and other wide characters take two terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        character,
      )
        ? 2
        : 1;
  }
  return width;
}
