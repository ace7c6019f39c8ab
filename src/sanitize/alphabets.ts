// The built-in code alphabets (research note §3.1), in canonical case.

/** `0-9`. */
export const DIGITS = '0123456789';

/** `A-Z`. */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Crockford Base32: `0-9 A-Z` without `I L O U`, in value order. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The five extra Crockford check symbols (values 32–36). */
export const CROCKFORD_CHECK = '*~$=U';
