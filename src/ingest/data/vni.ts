// The VNI-Windows encoding (VNI fonts, common on older government portals), as its bytes show under Windows-1252.
// A VNI letter is a base letter followed by a mark character; a few letters are single characters of their own.
// Written from the published VNI-Windows chart.

/** Mark characters after a vowel → the combining marks they stand for (circumflex/breve first, then the tone). */
export const VNI_MARKS: Record<string, string> = {
  // tones: sắc, huyền, hỏi, ngã, nặng
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
  Ù: '\u0301', Ø: '\u0300', Û: '\u0309', Õ: '\u0303', Ï: '\u0323',
  // circumflex (â ê ô), alone and with each tone
  â: '\u0302', á: '\u0302\u0301', à: '\u0302\u0300', å: '\u0302\u0309', ã: '\u0302\u0303', ä: '\u0302\u0323',
  Â: '\u0302', Á: '\u0302\u0301', À: '\u0302\u0300', Å: '\u0302\u0309', Ã: '\u0302\u0303', Ä: '\u0302\u0323',
  // breve (ă), alone and with each tone
  ê: '\u0306', é: '\u0306\u0301', è: '\u0306\u0300', ú: '\u0306\u0309', ü: '\u0306\u0303', ë: '\u0306\u0323',
  Ê: '\u0306', É: '\u0306\u0301', È: '\u0306\u0300', Ú: '\u0306\u0309', Ü: '\u0306\u0303', Ë: '\u0306\u0323',
};

/** Characters that are whole letters in VNI: ư, ơ, đ and the toned i. */
export const VNI_LETTERS: Record<string, string> = {
  ö: 'ư', Ö: 'Ư', ô: 'ơ', Ô: 'Ơ', ñ: 'đ', Ñ: 'Đ',
  í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị',
  Í: 'Í', Ì: 'Ì', Æ: 'Ỉ', Ó: 'Ĩ', Ò: 'Ị',
};
