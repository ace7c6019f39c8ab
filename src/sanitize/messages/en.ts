import type { MessageTable } from '../../internal/diagnostic.ts';
import type { CodeDiagnosticCode, PasswordDiagnosticCode } from '../types.ts';

/** English messages of {@link sanitizeCode}. */
export const CODE_EN: MessageTable<CodeDiagnosticCode> = {
  'trimmed-whitespace': { message: 'Removed spaces or line breaks before or after the code.' },
  'zero-width-removed': {
    message:
      'Removed invisible characters (such as zero-width spaces or direction marks) copied along with the code.',
  },
  'full-width-converted': {
    message: 'Converted full-width characters to half-width (Japanese input was probably on).',
  },
  'compatibility-mapped': {
    message:
      'Converted decorated letters (ligatures such as ﬁ, bold or double-struck letters) to plain letters and digits.',
  },
  'brackets-removed': { message: 'Removed brackets around the code (such as 【 】 or 「 」).' },
  'quotes-removed': { message: 'Removed quotation marks around the code.' },
  'punctuation-removed': { message: 'Removed a punctuation mark (such as 。 or .) after the code.' },
  'separator-removed': {
    message: 'Removed spaces, hyphens or long-vowel marks (ー) between parts of the code.',
  },
  'case-folded': {
    message: 'Converted lowercase letters to uppercase; this code does not distinguish case.',
  },
  'confusable-mapped': {
    message: 'Read look-alike letters as digits (O as 0, I or L as 1); this code does not use those letters.',
  },
  empty: { message: 'No code was entered.', action: 'Enter the code.' },
  'not-a-string': { message: 'The value is not text.', action: '(developer error)' },
  'input-too-long': {
    message: 'This is too long to be a code (at most {max} characters).',
    action: 'Paste only the code, not the whole message.',
  },
  'lone-surrogate': { message: 'The input contains a broken character.', action: 'Type the code again.' },
  'control-character': {
    message: 'The input contains a control character ({codePoint}) that cannot be part of a code.',
    action: 'Type the code instead of pasting it.',
  },
  'bidi-override': {
    message:
      'The input contains a hidden character that reverses the text direction, so what you see may not be what was copied.',
    action: 'Type the code by hand.',
  },
  'ambiguous-character': {
    message:
      '“{char}” ({codePoint}) is a special form (superscript, circled or Roman numeral…), not a character of the code.',
    action: 'Type it as a plain letter or digit.',
  },
  'invalid-character': {
    message: '“{char}” ({codePoint}) at position {index} cannot appear in this code.',
    action: 'Check the code and enter only its characters.',
  },
  'misplaced-separator': {
    message: 'The code starts or ends with a hyphen or dash (such as ー), so part of it may be missing.',
    action: 'Copy the whole code again.',
  },
  'wrong-length': {
    message: 'This code has {expected} characters; {actual} were entered.',
    action: 'Check for missing or extra characters.',
  },
  'bad-checksum': {
    message: 'This code is not valid: its check character does not match. There is probably a typo.',
    action: 'Compare it with the original character by character.',
  },
};

const CHECK_SPACE = 'Check whether the space is part of your password.';

/** English messages of {@link preparePassword}. */
export const PASSWORD_EN: MessageTable<PasswordDiagnosticCode> = {
  'newline-removed': { message: 'Removed a line break that was copied along with the password.' },
  'space-mapped': { message: 'Treated special spaces (such as full-width spaces) as ordinary spaces.' },
  normalized: {
    message: 'Converted the characters to their standard Unicode form; the password looks the same.',
  },
  'leading-whitespace': {
    message: 'Your password begins with a space. If you copied it, the space may not belong to it.',
    action: CHECK_SPACE,
  },
  'trailing-whitespace': {
    message: 'Your password ends with a space. If you copied it, the space may not belong to it.',
    action: CHECK_SPACE,
  },
  'full-width-characters': {
    message: 'Your password contains full-width characters (such as ＡＢＣ１２３). Japanese input may be on.',
    action: 'Switch to half-width input and type it again.',
  },
  'enclosed-in-brackets': {
    message:
      'Your password is wrapped in brackets or quotes (such as 【 】 or 「 」); these are often not part of it.',
    action: 'Check whether the brackets are part of your password.',
  },
  'invisible-removed': {
    message: 'Removed invisible characters (such as zero-width spaces) from what you entered.',
  },
  'compatibility-characters': {
    message:
      'Your password contains characters such as ﬁ, ² or half-width kana that some devices convert or cannot type.',
  },
  'non-ascii': {
    message:
      'Your password contains characters other than basic letters, digits and symbols; some devices may enter them differently.',
  },
  'private-use-character': {
    message:
      'Your password contains a private-use character (such as the Apple logo) that other devices may not be able to type.',
  },
  empty: { message: 'Enter a password.', action: 'Type your password in the field.' },
  'only-whitespace': {
    message: 'The password consists only of spaces.',
    action: 'Enter the password itself, not only spaces.',
  },
  'too-short': {
    message: 'Use at least {min} characters.',
    action: 'Choose a longer password; a phrase of several words is easy to remember.',
  },
  'too-long': {
    message: 'The password is too long (at most {max} characters).',
    action: 'Check that you entered only the password.',
  },
  'lone-surrogate': {
    message: 'The password contains a broken character.',
    action: 'Type the password again.',
  },
  'control-character': {
    message:
      'The password contains a control character such as a tab ({codePoint}) that cannot be typed into a password field.',
    action: 'Type the password instead of pasting it.',
  },
  'invisible-character': {
    message:
      'The password contains an invisible character ({codePoint}) at position {index}. Type it again without it.',
    action: 'Type the password by hand instead of pasting it.',
  },
  'unassigned-character': {
    message: 'The password contains a character ({codePoint}) that is not defined in Unicode yet.',
    action: 'Choose a password without this character.',
  },
  'not-a-string': { message: 'The value is not text.', action: '(developer error)' },
};
