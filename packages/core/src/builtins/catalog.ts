import type { CodeOrLinkUsageType, UsageType } from '../usage-types.js';

/** The words of one built-in email; `{{…}}` placeholders are rendered like any template. */
export interface BuiltinMessage {
  subject: string;
  /** Short line shown by inboxes next to the subject. */
  preheader: string;
  heading: string;
  /** Sentence before the code or button. */
  intro: string;
  /** Sentence after it: expiry, or what to do if the mail was unexpected. */
  note: string;
  /** Button label, for emails that carry `{{link}}`. */
  action?: string;
  /** Row labels of the table of what happened, for emails that carry `{{time}}`. */
  details?: DetailLabels;
}

/**
 * The words that change when an email of a {@link CodeOrLinkUsageType}
 * carries a link instead of a code: the subject, the sentences around the
 * button, and the button's label.
 */
export interface LinkWords {
  subject: string;
  intro: string;
  note: string;
  action: string;
}

/** The words of a usage type that carries a code or a link: for the code, and `byLink`. */
export interface CodeOrLinkMessage extends BuiltinMessage {
  byLink: LinkWords;
}

/** Variables a built-in email may list in its table of what happened, in the table's order. */
export type DetailVariable =
  | 'time'
  | 'device'
  | 'ip'
  | 'location'
  | 'provider'
  | 'factorType'
  | 'oldEmail'
  | 'newEmail'
  | 'oldPhone'
  | 'newPhone';

/** The label of each row of that table, by the variable the row shows. */
export type DetailLabels = Partial<Record<DetailVariable, string>>;

/** The words of every usage type in one language. */
export type BuiltinCatalog = {
  [T in UsageType]: T extends CodeOrLinkUsageType ? CodeOrLinkMessage : BuiltinMessage;
};
