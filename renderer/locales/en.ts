// English, the second language. Same keys as ru.ts (a test and the type below enforce it).
import type { MessageSchema } from './ru.js';
import { chargesEn } from './sections/charges.js';
import { readingsEn } from './sections/readings.js';
import { reportsEn } from './sections/reports.js';
import { recoveryEn } from './sections/recovery.js';
import { captchaEn, identityErrorsEn, registrationEn } from './sections/registration.js';
import { requestsEn } from './sections/requests.js';
import { sandboxEn } from './sections/sandbox.js';
import { settingsEn } from './sections/settings.js';

export const en: MessageSchema = {
  app: {
    productName: 'Unified Personal Account',
    loading: 'Loading…',
    bootFailed: 'The application could not start.',
    retry: 'Try again',
  },
  language: {
    label: 'Interface language',
    ru: 'RU',
    en: 'EN',
    ruName: 'Русский',
    enName: 'English',
  },
  profile: {
    kiosk: 'Kiosk',
    counter: 'Service counter',
  },
  enrol: {
    title: 'Device enrolment',
    intro:
      'This device is not yet connected to the central service. An administrator connects it: enter the central service address and the enrolment code from the administrator panel.',
    centralUrl: 'Central service address',
    centralUrlHint: 'Starts with https:// or http://',
    code: 'Enrolment code',
    codeHint: 'The code is valid for a limited time and for one device only.',
    submit: 'Connect',
    invalidUrl:
      'Check the central service address: it must start with https:// or http:// and be at most 300 characters long.',
    invalidCode: 'The enrolment code has 6 to 32 characters. Check the code and enter it again.',
  },
  signIn: {
    title: 'Sign in to your personal account',
    heading: 'Sign in',
    login: 'Login',
    password: 'Password',
    submit: 'Sign in',
    required: 'Enter your login and password.',
  },
  shell: {
    navigation: 'Sections of the personal account',
    accounts: 'Personal accounts',
    charges: 'Charges and payments',
    readings: 'Meter readings',
    reports: 'Reports',
    requests: 'Requests',
    settings: 'Settings',
    signOut: 'Sign out',
  },
  sync: {
    online: 'Online',
    offline: 'Offline',
    updatedAt: 'Updated: {time}',
    neverUpdated: 'No data loaded yet',
    progress: 'Loading data: {done} of {total}',
  },
  banners: {
    cacheRebuilt: 'Local data was damaged and is being downloaded again from the server',
    offline: 'No connection to the central service. Showing data as of {time}',
    offlineNeverSynced:
      'No connection to the central service. Data will appear once the connection is restored.',
  },
  accounts: {
    pageTitle: 'Personal accounts',
    owner: 'Account holder',
    noPhone: 'No phone number',
    selected: 'Selected account: No. {number} {owner}',
    switcher: 'Choose a personal account',
    switcherOption: 'No. {number}, {address}',
    regionLine: '{address}, account No. {number}',
    facts: 'Area: {area} m² · Rooms: {rooms} · Residents: {residents}',
    noAccounts:
      'No personal account is linked to your profile. Call the operator at +7 912 062 04 77.',
    loadFailed: 'The account details could not be loaded.',
    retry: 'Try again',
    checkNote:
      'Please check the details. If you find a mistake, call the operator at +7 912 062 04 77.',
  },
  services: {
    title: 'Services and tariffs',
    service: 'Service',
    meters: 'Meters',
    supplier: 'Supplier',
    tariff: 'Tariff, RUB',
    empty: 'No services on this account.',
    noTariff: 'No tariff set',
    perUnit: 'per {unit}',
    singleRate: 'Single-rate',
    twoZone: { T1: 'T1 (day)', T2: 'T2 (night)' },
    threeZone: { T1: 'T1 (peak)', T2: 'T2 (night)', T3: 'T3 (semi-peak)' },
  },
  meters: {
    title: 'Meters',
    service: 'Service',
    kind: 'Type',
    serial: 'Serial number',
    zones: 'Rates',
    verifiedOn: 'Verified on',
    nextVerificationOn: 'Next verification',
    empty: 'No meters installed.',
    kinds: { individual: 'Individual', common: 'Common (building)' },
    zoneCounts: { one: 'Single-rate', two: 'Two-rate', three: 'Three-rate' },
  },
  verification: {
    dueSoonTag: 'Verification due',
    overdueTag: 'Verification overdue',
    meter: '{service}, meter No. {serial}',
    dueSoon:
      'Verification due by {date}. Once the verification term expires the meter counts as failed: charges are based on average consumption, then on the standard rate.',
    overdue:
      'The verification term expired on {date}. The meter counts as failed: charges are based on average consumption, then on the standard rate. Order a verification or a replacement.',
  },
  suppliers: {
    title: "Suppliers' bank details",
    inn: 'INN',
    kpp: 'KPP',
    bank: 'Bank',
    bic: 'BIC',
    settlementAccount: 'Account',
    correspondentAccount: 'Corr. account',
    address: 'Address',
    phone: 'Phone',
    site: 'Website',
  },
  keyboard: {
    region: 'On-screen keyboard',
    backspace: 'Delete',
    space: 'Space',
    shift: 'Shift',
    shiftOnce: 'Shift: next letter capital',
    capsLock: 'Caps Lock: all letters capital',
    enter: 'Done',
    hide: 'Hide the keyboard',
    show: 'Show the keyboard',
    layoutName: {
      ru: 'Russian layout (РУС)',
      en: 'Latin layout (ENG)',
      symbols: 'Digits and symbols (123)',
    },
    layoutShort: { ru: 'РУС', en: 'ENG', symbols: '123' },
  },
  idle: {
    title: 'Are you still there?',
    explanation:
      'Nothing has been pressed for a while. To keep your data from the next visitor, the session will end.',
    countdown: 'The session ends in {seconds} s',
    continue: 'Continue',
  },
  errors: {
    invalid_input: 'Check what you entered: one of the fields is not filled in correctly.',
    unknown_method:
      'This operation is not available in the installed version. Tell the administrator.',
    forbidden_sender:
      'The request was refused for security reasons. Restart the application; if it happens again, tell the administrator.',
    not_enrolled:
      'This device is not connected to the central service. Ask the administrator to connect it.',
    enrolment_code_invalid:
      'The enrolment code was not found. Check it or get a new one from the central service administrator.',
    enrolment_code_used:
      'This enrolment code has already been used. Get a new one from the central service administrator.',
    enrolment_code_expired:
      'This enrolment code has expired. Get a new one from the central service administrator.',
    central_unreachable:
      'The central service cannot be reached. Check the address and the network connection, then try again.',
    central_error: 'The central service is not responding. Try again in a few minutes.',
    invalid_credentials: 'Wrong login or password. Check the keyboard layout and enter them again.',
    account_locked:
      'Sign-in is temporarily blocked after several failed attempts. Try later or call the operator at +7 912 062 04 77.',
    not_signed_in: 'Your session has ended. Please sign in again.',
    account_not_linked:
      'This account is not linked to your profile. Choose another account or call the operator.',
    not_found: 'The data was not found. Try again; if it happens again, call the operator.',
    internal: 'Internal application error. Try again; if it happens again, tell the administrator.',
    ...identityErrorsEn,
  },
  primevue: {
    emptyMessage: 'No options available',
    emptySearchMessage: 'Nothing found',
    emptySelectionMessage: 'Nothing selected',
    close: 'Close',
  },
  charges: chargesEn,
  readings: readingsEn,
  reports: reportsEn,
  requests: requestsEn,
  registration: registrationEn,
  recovery: recoveryEn,
  captcha: captchaEn,
  settings: settingsEn,
  sandbox: sandboxEn,
};
