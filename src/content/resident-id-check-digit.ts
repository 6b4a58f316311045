const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * The check digit of an 18-digit 公民身份号码 from its first 17 digits: GB 11643-1999
 * (ISO 7064 MOD 11-2: weights 2^(17−i) mod 11, check = (12 − sum mod 11) mod 11, 10 → X).
 * @throws {RangeError} when `first17` is not 17 digits.
 * @returns The check digit, `'0'`–`'9'` or `'X'`.
 * @example residentIdCheckDigit('11010519491231002') // 'X'
 */
export function residentIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`residentIdCheckDigit: expected 17 digits, got ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Whether a string is a valid 18-digit 公民身份号码 (GB 11643-1999): 17 digits, a birth
 * date that exists, and the MOD 11-2 check digit (`X` or `x` for 10).
 * @returns Whether `id` is a valid resident id number.
 * @example isValidResidentId('11010519491231002X') // true
 */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const y = Number(id.slice(6, 10)), mo = Number(id.slice(10, 12)), d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1800 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  return residentIdCheckDigit(id.slice(0, 17)) === id[17]!.toUpperCase();
}
