import type { MessageTable } from '../../internal/diagnostic.ts';
import type { EmailCode } from '../types.ts';

const CHECK = 'Check the address for typos.';

/**
 * English messages of the email module, one row per code.
 *
 * @example
 * EMAIL_MESSAGES_EN['missing-at'].message //=> 'No @ in the address.'
 */
export const EMAIL_MESSAGES_EN: MessageTable<EmailCode> = {
  'not-a-string': { message: 'Not text.', action: 'Pass a string.' },
  empty: { message: 'The address is empty.', action: 'Enter your address.' },
  'unsafe-character': {
    message: 'Invisible or control character {codePoint}.',
    action: 'Type the address again.',
  },
  whitespace: { message: 'The address contains a space.', action: 'Remove the space.' },
  'missing-at': { message: 'No @ in the address.', action: 'Enter the whole address.' },
  'multiple-at': { message: 'More than one @.', action: 'Enter one address.' },
  'empty-local': { message: 'Nothing before the @.', action: 'Enter the name before the @.' },
  'empty-domain': { message: 'Nothing after the @.', action: 'Enter the domain after the @.' },
  'invalid-local': { message: '"{char}" is not allowed before the @.', action: CHECK },
  'invalid-dot': { message: 'A dot at the start or end, or two dots in a row.', action: CHECK },
  'unterminated-quote': { message: 'A quote is not closed.', action: CHECK },
  'comment-not-allowed': { message: 'Parentheses are not allowed.', action: 'Remove them.' },
  'local-too-long': { message: 'The name before the @ is over {max} bytes.', action: CHECK },
  'address-too-long': { message: 'The address is over {max} bytes.', action: CHECK },
  'invalid-domain': { message: 'Invalid domain ("{char}").', action: CHECK },
  'label-too-long': { message: 'A domain label is over {max} characters.', action: CHECK },
  'domain-needs-dot': {
    message: 'The domain has no dot.',
    action: 'Enter the full domain, e.g. example.com.',
  },
  'domain-literal': { message: 'IP address domains are not accepted.', action: 'Use a domain name.' },
  'invalid-idn': { message: 'Invalid international domain name.', action: CHECK },
  'empty-mailbox': { message: 'No name is left before the "+".', action: 'Enter your mailbox name.' },
  trimmed: { message: 'Spaces around the address were removed.' },
  'ime-folded': { message: 'Full-width characters were made half-width.' },
  'quotes-removed': { message: 'Unneeded quotes were removed.' },
  'trailing-dot-removed': { message: 'The dot ending the domain was removed.' },
  idn: { message: 'The domain was converted to ASCII.' },
  'rfc-violating-local': {
    message: 'This carrier address breaks RFC 5322; some senders cannot reach it.',
    action: 'Register another address if you can.',
  },
  'subdomain-address': { message: 'Subdomain address keyed on its mailbox.' },
  'alias-domain': { message: 'Alias of {expected}.' },
  'heuristic-yahoo-disposable': { message: 'Keyed on the disposable base name (heuristic).' },
  'heuristic-au-domain': { message: 'Keyed as the same name at {expected} (heuristic).' },
};
