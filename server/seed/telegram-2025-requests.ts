/**
 * Requests for "IP address and/or phone number" that Telegram reports as fulfilled over the
 * whole of 2025, by country (ISO 3166-1 alpha-3), as published through its @transparency bot.
 *
 * Source: Te-k/telegram-transparency contributors, CC-BY 4.0 (snapshot of 2026-05-30).
 * Only countries with a published whole-year 2025 figure are listed: the quarterly and
 * year-to-date rows overlap it and are never added together. Total: 56,654 requests.
 *
 * The demo data follows this country mix; nothing in the product reads it otherwise.
 */
export const FULFILLED_REQUESTS_2025_CREDIT = 'Te-k/telegram-transparency contributors, CC-BY 4.0';

export const FULFILLED_REQUESTS_2025: Readonly<Record<string, number>> = {
  IND: 39863,
  DEU: 4328,
  FRA: 2224,
  KOR: 2101,
  GBR: 2085,
  ESP: 2068,
  USA: 1706,
  POL: 1189,
  KAZ: 576,
  PRT: 168,
  ROU: 125,
  SWE: 113,
  CAN: 52,
  ARG: 39,
  CYP: 17,
};
