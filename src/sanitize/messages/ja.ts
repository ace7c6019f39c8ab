import type { MessageTable } from '../../internal/diagnostic.ts';
import type { CodeDiagnosticCode, PasswordDiagnosticCode } from '../types.ts';

/** Japanese messages of {@link sanitizeCode}. */
export const CODE_JA: MessageTable<CodeDiagnosticCode> = {
  'trimmed-whitespace': { message: 'コードの前後にあった空白・改行を取り除きました。' },
  'zero-width-removed': {
    message: 'コードと一緒にコピーされた見えない文字（ゼロ幅スペースや方向制御文字など）を取り除きました。',
  },
  'full-width-converted': {
    message: '全角文字を半角に変換しました（日本語入力がオンのまま入力された可能性があります）。',
  },
  'compatibility-mapped': {
    message: '装飾された文字（ﬁ などの合字、太字・白抜きの英数字）を通常の英数字に変換しました。',
  },
  'brackets-removed': { message: 'コードを囲んでいた括弧（【】や「」など）を取り除きました。' },
  'quotes-removed': { message: 'コードを囲んでいた引用符を取り除きました。' },
  'punctuation-removed': { message: 'コードの後ろにあった句読点（。や . など）を取り除きました。' },
  'separator-removed': { message: 'コードの区切りにあった空白・ハイフン・長音記号（ー）を取り除きました。' },
  'case-folded': { message: '小文字を大文字に変換しました（このコードは大文字と小文字を区別しません）。' },
  'confusable-mapped': {
    message:
      '形の似た英字を数字として読み替えました（O→0、I・L→1）。このコードにはそれらの英字は使われていません。',
  },
  empty: { message: 'コードが入力されていません。', action: 'コードを入力してください。' },
  'not-a-string': { message: '入力値が文字列ではありません。', action: '（開発者向け）' },
  'input-too-long': {
    message: 'コードとしては長すぎます（最大{max}文字）。',
    action: 'メール本文ではなくコードだけを貼り付けてください。',
  },
  'lone-surrogate': {
    message: '入力に壊れた文字が含まれています。',
    action: 'コードを入力し直してください。',
  },
  'control-character': {
    message: 'コードに使えない制御文字（{codePoint}）が含まれています。',
    action: '貼り付けではなく手入力してください。',
  },
  'bidi-override': {
    message: '文字の向きを反転させる見えない文字が含まれており、表示と実際の内容が異なる可能性があります。',
    action: 'コードを手入力してください。',
  },
  'ambiguous-character': {
    message:
      '「{char}」（{codePoint}）は上付き・丸囲み・ローマ数字などの特殊な文字で、コードの文字ではありません。',
    action: '通常の英数字で入力してください。',
  },
  'invalid-character': {
    message: '{index}文字目の「{char}」（{codePoint}）はこのコードに使われない文字です。',
    action: 'コードの文字だけを入力してください。',
  },
  'misplaced-separator': {
    message:
      'コードの先頭または末尾がハイフンや長音記号（ー）になっており、一部が欠けている可能性があります。',
    action: 'コード全体をもう一度コピーしてください。',
  },
  'wrong-length': {
    message: 'このコードは{expected}文字です（入力は{actual}文字）。',
    action: '文字の不足や余分がないかご確認ください。',
  },
  'bad-checksum': {
    message: 'コードが正しくありません（チェック文字が一致しません）。入力ミスの可能性があります。',
    action: '元のコードと1文字ずつ見比べてください。',
  },
};

/** Japanese messages of {@link preparePassword}. */
export const PASSWORD_JA: MessageTable<PasswordDiagnosticCode> = {
  'newline-removed': { message: 'パスワードと一緒にコピーされた改行を取り除きました。' },
  'space-mapped': { message: '全角スペースなどの特殊な空白を、通常の半角スペースとして扱いました。' },
  normalized: { message: '文字を Unicode の標準形に揃えました（見た目は変わりません）。' },
  'leading-whitespace': {
    message: 'パスワードの先頭に空白があります。コピーした際に余分な空白が入った可能性があります。',
    action: '空白がパスワードの一部かご確認ください。',
  },
  'trailing-whitespace': {
    message: 'パスワードの末尾に空白があります。コピーした際に余分な空白が入った可能性があります。',
    action: '空白がパスワードの一部かご確認ください。',
  },
  'full-width-characters': {
    message:
      'パスワードに全角文字（ＡＢＣ１２３など）が含まれています。日本語入力がオンになっていないかご確認ください。',
    action: '半角入力に切り替えて入力し直してください。',
  },
  'enclosed-in-brackets': {
    message:
      'パスワードが括弧や引用符（【】や「」など）で囲まれています。括弧はパスワードに含まれないことが多いです。',
    action: '括弧がパスワードの一部かご確認ください。',
  },
  'invisible-removed': { message: '入力に含まれていた見えない文字（ゼロ幅スペースなど）を取り除きました。' },
  'compatibility-characters': {
    message: 'ﬁ・²・半角カナなど、端末によっては変換されたり入力できなかったりする文字が含まれています。',
  },
  'non-ascii': {
    message:
      '半角英数字・記号以外の文字が含まれています。端末によっては同じ文字を入力できない場合があります。',
  },
  'private-use-character': {
    message: '私用領域の文字（Apple ロゴなど）が含まれています。ほかの端末では入力できない可能性があります。',
  },
  empty: { message: 'パスワードを入力してください。', action: 'パスワード欄に入力してください。' },
  'only-whitespace': {
    message: 'パスワードが空白だけになっています。',
    action: '空白だけでなくパスワードを入力してください。',
  },
  'too-short': {
    message: '{min}文字以上で設定してください。',
    action: 'より長いパスワードにしてください。複数の単語をつなげると覚えやすくなります。',
  },
  'too-long': {
    message: 'パスワードが長すぎます（最大{max}文字）。',
    action: 'パスワードだけを入力したかご確認ください。',
  },
  'lone-surrogate': {
    message: 'パスワードに壊れた文字が含まれています。',
    action: 'パスワードを入力し直してください。',
  },
  'control-character': {
    message: 'タブなど、パスワード欄に入力できない制御文字（{codePoint}）が含まれています。',
    action: '貼り付けではなく手入力してください。',
  },
  'invisible-character': {
    message:
      '{index}文字目に見えない文字（{codePoint}）が含まれています。その文字を除いて入力し直してください。',
    action: '貼り付けではなく手入力してください。',
  },
  'unassigned-character': {
    message: 'Unicode で未定義の文字（{codePoint}）が含まれています。',
    action: 'この文字を使わないパスワードにしてください。',
  },
  'not-a-string': { message: '入力値が文字列ではありません。', action: '（開発者向け）' },
};
