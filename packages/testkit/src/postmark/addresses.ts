/**
 * Splits a Postmark address field (`To`, `Cc`, `Bcc`: a comma-separated list)
 * into its addresses, keeping commas inside a quoted display name
 * (`"Doe, Jane" <jane@example.org>`). Empty entries are dropped.
 */
export function splitAddressList(field: string): string[] {
  const addresses: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < field.length; index++) {
    const char = field[index] as string;
    if (char === '\\' && quoted) {
      current += char + (field[index + 1] ?? '');
      index++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      addresses.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  addresses.push(current);
  return addresses.map((address) => address.trim()).filter((address) => address !== '');
}

const bareAddress = /^[^\s@<>,"]+@[^\s@<>,"]+\.[^\s@<>,"]+$/;
const namedAddress = /^(.*?)\s*<([^<>]*)>$/;

/** The plain address of one list entry (`Name <a@b.c>` gives `a@b.c`), or `undefined` when it is not one. */
export function emailOf(entry: string): string | undefined {
  const match = namedAddress.exec(entry);
  const email = (match ? (match[2] ?? '') : entry).trim();
  return bareAddress.test(email) ? email : undefined;
}
