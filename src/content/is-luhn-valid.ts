/**
 * The Luhn (mod 10) check of a card number (ISO/IEC 7812-1), over its digits only.
 * @returns Whether the digits pass the Luhn check.
 * @example isLuhnValid('4111111111111111') // true (the card networks' test number)
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}
