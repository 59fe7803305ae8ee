import {
  KURGAN_TOWNS,
  ORENBURG_TOWNS,
  SURGUT_TOWNS,
  type TownSpec,
  TYUMEN_TOWNS,
} from './places.js';
import type { BasePrices, Norms } from './services.js';
import { ORENBURG_SUPPLIERS } from './suppliers-orenburg.js';
import {
  KURGAN_SUPPLIERS,
  type SupplierSpec,
  SURGUT_SUPPLIERS,
  TYUMEN_SUPPLIERS,
} from './suppliers.js';

/**
 * The manual's four regions. `name` is what people read in the region picker; it follows the
 * manual's list ("Тюменская область, Курганская область, г. Сургут, г. Оренбург"), where
 * "г. Оренбург" also covers the residents of the Orenburg region. All four live on
 * Yekaterinburg time (UTC+5; Orenburg moved to it in 2016).
 */
export interface RegionSpec {
  code: string;
  name: string;
  timeZone: string;
  /** First two digits of the region's account numbers (its tax-region code). */
  accountPrefix: string;
  /** Share of all demo accounts, in whole percents (the four add up to 100). */
  share: number;
  towns: TownSpec[];
  suppliers: SupplierSpec[];
  prices: BasePrices;
  norms: Norms;
}

export const REGIONS: readonly RegionSpec[] = [
  {
    code: 'tyumen',
    name: 'Тюменская область',
    timeZone: 'Asia/Yekaterinburg',
    accountPrefix: '72',
    share: 35,
    towns: TYUMEN_TOWNS,
    suppliers: TYUMEN_SUPPLIERS,
    prices: {
      electricity: {
        single: '5.46',
        twoZone: { T1: '5.86', T2: '3.12' },
        threeZone: { T1: '6.28', T2: '3.12', T3: '5.46' },
      },
      cold_water: { single: '39.80' },
      hot_water: { single: '204.35' },
      sewerage: { single: '33.62' },
      heating: { single: '2095.49' },
      waste: { single: '132.48' },
    },
    norms: {
      electricity: '85',
      cold_water: '4.85',
      hot_water: '3.32',
      heatingPerSquareMetre: '0.0220',
    },
  },
  {
    code: 'kurgan',
    name: 'Курганская область',
    timeZone: 'Asia/Yekaterinburg',
    accountPrefix: '45',
    share: 20,
    towns: KURGAN_TOWNS,
    suppliers: KURGAN_SUPPLIERS,
    prices: {
      electricity: {
        single: '6.35',
        twoZone: { T1: '6.81', T2: '3.75' },
        threeZone: { T1: '7.30', T2: '3.75', T3: '6.35' },
      },
      cold_water: { single: '52.14' },
      hot_water: { single: '236.50' },
      sewerage: { single: '47.35' },
      heating: { single: '2870.10' },
      waste: { single: '158.20' },
    },
    norms: {
      electricity: '90',
      cold_water: '5.10',
      hot_water: '3.40',
      heatingPerSquareMetre: '0.0235',
    },
  },
  {
    code: 'surgut',
    name: 'г. Сургут',
    timeZone: 'Asia/Yekaterinburg',
    accountPrefix: '86',
    share: 20,
    towns: SURGUT_TOWNS,
    suppliers: SURGUT_SUPPLIERS,
    prices: {
      electricity: {
        single: '4.93',
        twoZone: { T1: '5.29', T2: '2.96' },
        threeZone: { T1: '5.67', T2: '2.96', T3: '4.93' },
      },
      cold_water: { single: '48.60' },
      hot_water: { single: '178.90' },
      sewerage: { single: '55.10' },
      heating: { single: '2541.20' },
      waste: { single: '140.75' },
    },
    norms: {
      electricity: '80',
      cold_water: '4.60',
      hot_water: '3.60',
      heatingPerSquareMetre: '0.0260',
    },
  },
  {
    code: 'orenburg',
    name: 'г. Оренбург',
    timeZone: 'Asia/Yekaterinburg',
    accountPrefix: '56',
    share: 25,
    towns: ORENBURG_TOWNS,
    suppliers: ORENBURG_SUPPLIERS,
    prices: {
      electricity: {
        single: '5.98',
        twoZone: { T1: '6.41', T2: '3.59' },
        threeZone: { T1: '6.88', T2: '3.59', T3: '5.98' },
      },
      cold_water: { single: '40.25' },
      hot_water: { single: '198.40' },
      sewerage: { single: '31.88' },
      heating: { single: '2205.60' },
      waste: { single: '121.30' },
    },
    norms: {
      electricity: '88',
      cold_water: '4.90',
      hot_water: '3.15',
      heatingPerSquareMetre: '0.0190',
    },
  },
];

/** The region's 1-based id in the demo database (regions are written in this order). */
export function regionId(regionIndex: number): number {
  return regionIndex + 1;
}
