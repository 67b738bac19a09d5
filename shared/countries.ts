import { COUNTRY_ROWS } from './country-codes';

export interface Country {
  alpha2: string;
  alpha3: string;
  name: string;
}

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([alpha2, alpha3, name]) => ({
  alpha2,
  alpha3,
  name,
}));

const byAlpha2 = new Map(COUNTRIES.map((c) => [c.alpha2, c]));
const byAlpha3 = new Map(COUNTRIES.map((c) => [c.alpha3, c]));

export function countryByAlpha2(code: string): Country | undefined {
  return byAlpha2.get(code.toUpperCase());
}

export function countryByAlpha3(code: string): Country | undefined {
  return byAlpha3.get(code.toUpperCase());
}

export function isCountryCode(code: string): boolean {
  return byAlpha2.has(code);
}

export function countryName(alpha2: string): string {
  return byAlpha2.get(alpha2)?.name ?? alpha2;
}
