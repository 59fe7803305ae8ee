import { divRound, fromScaled, toScaled } from '../../billing/decimal.js';
import { INDEXATION_PER_MILLE, PRICE_REFERENCE_DATE } from './services.js';

/** Tariffs change on 1 January and 1 July; returns the change date in force on `isoDate`. */
export function tariffStart(isoDate: string): string {
  const year = isoDate.slice(0, 4);
  return Number(isoDate.slice(5, 7)) >= 7 ? `${year}-07-01` : `${year}-01-01`;
}

function nextStart(start: string): string {
  const year = Number(start.slice(0, 4));
  return start.endsWith('-01-01') ? `${year}-07-01` : `${year + 1}-01-01`;
}

function previousStart(start: string): string {
  const year = Number(start.slice(0, 4));
  return start.endsWith('-07-01') ? `${year}-01-01` : `${year - 1}-07-01`;
}

/** Every change date from the one in force on `from` to the one in force on `to`. */
export function tariffStartsBetween(from: string, to: string): string[] {
  const starts: string[] = [];
  for (let start = tariffStart(from); start <= to; start = nextStart(start)) starts.push(start);
  return starts;
}

function factor(start: string): bigint {
  return start.endsWith('-01-01') ? INDEXATION_PER_MILLE.january : INDEXATION_PER_MILLE.july;
}

/**
 * The price in force from change date `start`, indexed from a base price valid from
 * PRICE_REFERENCE_DATE: forward by each change's indexation, backward by undoing it, rounding
 * to kopecks at every step (as published tariffs are).
 */
export function indexedPrice(basePrice: string, start: string): string {
  let kopecks = toScaled(basePrice, 2);
  let at = PRICE_REFERENCE_DATE;
  while (at < start) {
    at = nextStart(at);
    kopecks = divRound(kopecks * factor(at), 1000n);
  }
  while (at > start) {
    kopecks = divRound(kopecks * 1000n, factor(at));
    at = previousStart(at);
  }
  return fromScaled(kopecks, 2);
}
