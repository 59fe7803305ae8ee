// Contract-valid values for renderer tests: every builder parses its result with the
// contract's schema, so a fixture that drifts from the contract fails at once.
import {
  accountDetailsSchema,
  appStateSchema,
  sessionViewSchema,
  syncStatusSchema,
  type AccountDetails,
  type AppState,
  type DeviceProfile,
  type SessionView,
  type SyncStatus,
} from '../../../shared/contract/views.js';

export function appState(
  overrides: Partial<AppState> & { profile?: DeviceProfile | null } = {},
): AppState {
  return appStateSchema.parse({
    version: '0.1.0',
    enrolled: true,
    embedded: false,
    profile: 'counter',
    region: { code: '56', name: 'Оренбургская область', timeZone: 'Asia/Yekaterinburg' },
    cacheRebuilt: false,
    kioskIdle: { idleSeconds: 60, warningSeconds: 20 },
    sandbox: false,
    ...overrides,
  });
}

export function notEnrolledState(): AppState {
  return appState({ enrolled: false, profile: null, region: null });
}

export const ivanovAccount = {
  accountId: 1,
  number: '1234567890',
  address: 'г. Оренбург, ул. Советская, д. 1, кв. 11',
  ownerName: 'Иванов Иван Иванович',
  regionName: 'Оренбургская область',
};

export const petrovaAccount = {
  accountId: 2,
  number: '5600012345',
  address: 'г. Оренбург, пр-т Победы, д. 40, кв. 7',
  ownerName: 'Петрова Анна Сергеевна',
  regionName: 'Оренбургская область',
};

export function sessionView(accounts = [ivanovAccount, petrovaAccount]): SessionView {
  return sessionViewSchema.parse({
    login: 'ivanov',
    fullName: 'Иванов Иван Иванович',
    phone: '+79031234567',
    email: null,
    accounts,
  });
}

const energySupplier = {
  id: 10,
  name: 'АО «Оренбургсельэнергосбыт»',
  inn: '5612042824',
  kpp: '561201001',
  bankName: 'ПАО Сбербанк',
  bic: '045354601',
  settlementAccount: '40702810846000001234',
  correspondentAccount: '30101810600000000601',
  address: 'г. Оренбург, ул. Аксакова, д. 3а',
  phone: '+73532300000',
  site: 'orenses.ru',
};

const waterSupplier = {
  id: 11,
  name: 'ООО «Оренбург Водоканал»',
  inn: '5610070022',
  kpp: '561001001',
  bankName: 'АО «Газпромбанк»',
  bic: '045354823',
  settlementAccount: '40702810900000005678',
  correspondentAccount: '30101810900000000823',
  address: 'г. Оренбург, ул. Кирова, д. 18',
  phone: '+73532999999',
  site: 'orenvodokanal.ru',
};

/** Иванов: two-zone electricity with a verification due soon, single-rate cold water. */
export function ivanovDetails(): AccountDetails {
  return accountDetailsSchema.parse({
    ...ivanovAccount,
    area: '54.3',
    rooms: 2,
    residents: 3,
    ownerPhone: '+79031234567',
    services: [
      {
        serviceId: 1,
        serviceName: 'Электроэнергия',
        unit: 'кВт·ч',
        meterCount: 1,
        supplierId: 10,
        supplierName: energySupplier.name,
        tariffs: [
          { zoneCount: 2, zone: 'T1', price: '5.12', validFrom: '2025-07-01' },
          { zoneCount: 2, zone: 'T1', price: '5.66', validFrom: '2026-07-01' },
          { zoneCount: 2, zone: 'T2', price: '3.20', validFrom: '2026-07-01' },
        ],
      },
      {
        serviceId: 2,
        serviceName: 'Холодное водоснабжение',
        unit: 'м³',
        meterCount: 1,
        supplierId: 11,
        supplierName: waterSupplier.name,
        tariffs: [{ zoneCount: 1, zone: 'single', price: '45.12', validFrom: '2026-07-01' }],
      },
    ],
    meters: [
      {
        id: 100,
        serviceName: 'Электроэнергия',
        kind: 'individual',
        serial: '011552148',
        zones: 2,
        digitCapacity: 6,
        installedOn: '2019-03-12',
        verifiedOn: '2019-03-01',
        nextVerificationOn: '2027-03-01',
        verificationDueSoon: true,
        verificationOverdue: false,
      },
      {
        id: 101,
        serviceName: 'Холодное водоснабжение',
        kind: 'common',
        serial: 'ВК-77120',
        zones: 1,
        digitCapacity: 5,
        installedOn: '2022-05-20',
        verifiedOn: '2022-05-15',
        nextVerificationOn: '2028-05-15',
        verificationDueSoon: false,
        verificationOverdue: false,
      },
    ],
    suppliers: [energySupplier, waterSupplier],
  });
}

/** Петрова: no phone, a three-zone meter whose verification is overdue. */
export function petrovaDetails(): AccountDetails {
  return accountDetailsSchema.parse({
    ...petrovaAccount,
    area: '38',
    rooms: 1,
    residents: 1,
    ownerPhone: null,
    services: [
      {
        serviceId: 1,
        serviceName: 'Электроэнергия',
        unit: 'кВт·ч',
        meterCount: 1,
        supplierId: 10,
        supplierName: energySupplier.name,
        tariffs: [
          { zoneCount: 3, zone: 'T1', price: '6.90', validFrom: '2026-07-01' },
          { zoneCount: 3, zone: 'T2', price: '3.20', validFrom: '2026-07-01' },
          { zoneCount: 3, zone: 'T3', price: '5.66', validFrom: '2026-07-01' },
        ],
      },
    ],
    meters: [
      {
        id: 200,
        serviceName: 'Электроэнергия',
        kind: 'individual',
        serial: 'М-3001',
        zones: 3,
        digitCapacity: 6,
        installedOn: '2010-01-10',
        verifiedOn: '2010-01-01',
        nextVerificationOn: '2026-01-01',
        verificationDueSoon: false,
        verificationOverdue: true,
      },
    ],
    suppliers: [energySupplier],
  });
}

export function syncStatus(overrides: Partial<SyncStatus> = {}): SyncStatus {
  return syncStatusSchema.parse({
    online: true,
    running: false,
    lastSyncAt: '2026-11-24T04:15:00.000Z',
    progress: null,
    lastError: null,
    ...overrides,
  });
}
