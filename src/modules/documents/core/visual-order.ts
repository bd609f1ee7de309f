/**
 * Prepares a string for pdfkit, whose layout engine (fontkit) reverses the glyphs of runs it takes for
 * Arabic script — Persian digits included — without a bidi algorithm: a number, date or amount written in
 * Persian digits would come out backwards (۱۴۰۴ drawn as ۴۰۴۱). Reversing those digit pieces beforehand
 * makes fontkit's reversal put them back; a run with no Arabic letters (a pure amount or date) is reversed
 * whole. Latin pieces inside Persian text are not touched: they are laid out left to right already
 * (checked by rendering and pdftotext). Text extraction then reads the digits in their logical order.
 */

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const ARABIC_LETTER = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
// A number in Arabic-Indic or Persian digits, with its separators and a trailing percent sign.
const DIGIT_PIECE =
  /[\u0660-\u0669\u06f0-\u06f9](?:[\u0660-\u0669\u06f0-\u06f9٫٬.,/:\-–− ]*[\u0660-\u0669\u06f0-\u06f9٪%])?/g;

const reverse = (text: string) => [...text].reverse().join('');

export function visualOrderForPdf(text: string): string {
  if (!ARABIC_SCRIPT.test(text)) return text;
  if (!ARABIC_LETTER.test(text)) return reverse(text);
  return text.replace(DIGIT_PIECE, reverse);
}
