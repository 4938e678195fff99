/** A text as a regular expression that matches it literally (a term or amount built into a pattern). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
