const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses an integer identifier the source may print as "921716", "2774458.0" or "3.902356107E9"
 * (pandas writes ids of float columns that way) exactly: the digits are shifted as text, never
 * through a float. Returns null for an empty string; throws when the value is not a whole number
 * or does not fit a JavaScript number exactly.
 */
export function parseIntegerId(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = DECIMAL.exec(trimmed);
  if (!match) throw new Error(`not a number: "${text}"`);
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const shift = Number(exponentText) - fraction.length;
  let digits = whole + fraction;
  if (shift >= 0) digits += '0'.repeat(shift);
  else {
    const dropped = digits.slice(shift);
    if (/[^0]/.test(dropped)) throw new Error(`not a whole number: "${text}"`);
    digits = digits.slice(0, shift) || '0';
  }
  const value = BigInt(sign + digits);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`id out of the exact integer range: "${text}"`);
  }
  return Number(value);
}
