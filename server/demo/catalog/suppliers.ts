/**
 * The demo suppliers (поставщики услуг), four per region. Names of the electricity suppliers
 * are the manual's; the others are invented. All requisites are invented too (so that no demo
 * payment QR code can reach a real company) but pass the tax service's and the Bank of
 * Russia's checks (see requisites.ts and its tests).
 */
export interface SupplierSpec {
  name: string;
  inn: string;
  kpp: string;
  bankName: string;
  bic: string;
  settlementAccount: string;
  correspondentAccount: string;
  address: string;
  phone: string;
  site: string;
}

export const TYUMEN_SUPPLIERS: SupplierSpec[] = [
  {
    name: '«Тюменьэнергосбыт» – филиал АО «ЭК «Восток»',
    inn: '7203014523',
    kpp: '720301001',
    bankName: 'Тюменский филиал АО «Банк Западная Сибирь»',
    bic: '047102613',
    settlementAccount: '40702810567000014218',
    correspondentAccount: '30101810000000000613',
    address: '625023, г. Тюмень, ул. Одесская, д. 14',
    phone: '+73452520303',
    site: 'https://www.tyumen.vostok-electra.ru',
  },
  {
    name: 'ООО «Тюменский городской водоканал»',
    inn: '7204029184',
    kpp: '720401001',
    bankName: 'Тюменский филиал АО «Банк Западная Сибирь»',
    bic: '047102613',
    settlementAccount: '40702810567000021735',
    correspondentAccount: '30101810000000000613',
    address: '625007, г. Тюмень, ул. 30 лет Победы, д. 31',
    phone: '+73452540800',
    site: 'https://tyumen-vodokanal.example',
  },
  {
    name: 'АО «Тюменская теплосетевая компания»',
    inn: '7203066240',
    kpp: '720301001',
    bankName: 'Филиал «Тюменский» АО «Уральский промышленный банк»',
    bic: '047102647',
    settlementAccount: '40702810612000003904',
    correspondentAccount: '30101810500000000647',
    address: '625000, г. Тюмень, ул. Ленина, д. 67',
    phone: '+73452651101',
    site: 'https://tyumen-teplo.example',
  },
  {
    name: 'ООО «ТюменьЭкоСервис» – региональный оператор',
    inn: '7204110533',
    kpp: '720401001',
    bankName: 'Филиал «Тюменский» АО «Уральский промышленный банк»',
    bic: '047102647',
    settlementAccount: '40702810412000017462',
    correspondentAccount: '30101810500000000647',
    address: '625048, г. Тюмень, ул. Холодильная, д. 136',
    phone: '+73452597070',
    site: 'https://tyumen-eco.example',
  },
];

export const KURGAN_SUPPLIERS: SupplierSpec[] = [
  {
    name: '«Энергосбыт» – филиал АО «ЭК «Восток»',
    inn: '4501027410',
    kpp: '450101001',
    bankName: 'Курганский филиал АО «Зауральский кредитный банк»',
    bic: '043735604',
    settlementAccount: '40702810032000008126',
    correspondentAccount: '30101810800000000604',
    address: '640000, г. Курган, ул. Красина, д. 56',
    phone: '+73522440202',
    site: 'https://www.kurgan.vostok-electra.ru',
  },
  {
    name: 'АО «Курганский водоканал»',
    inn: '4501033861',
    kpp: '450101001',
    bankName: 'Курганский филиал АО «Зауральский кредитный банк»',
    bic: '043735604',
    settlementAccount: '40702810632000002577',
    correspondentAccount: '30101810800000000604',
    address: '640002, г. Курган, ул. Ленина, д. 50',
    phone: '+73522410577',
    site: 'https://kurgan-vodokanal.example',
  },
  {
    name: 'АО «Курганская теплосетевая компания»',
    inn: '4501092240',
    kpp: '450101001',
    bankName: 'Филиал «Курганский» АО «Уральский промышленный банк»',
    bic: '043735628',
    settlementAccount: '40702810801000011340',
    correspondentAccount: '30101810200000000628',
    address: '640018, г. Курган, ул. Гоголя, д. 107',
    phone: '+73522603030',
    site: 'https://kurgan-teplo.example',
  },
  {
    name: 'ООО «Зауралье-Эко» – региональный оператор',
    inn: '4501125978',
    kpp: '450101001',
    bankName: 'Филиал «Курганский» АО «Уральский промышленный банк»',
    bic: '043735628',
    settlementAccount: '40702810501000006215',
    correspondentAccount: '30101810200000000628',
    address: '640007, г. Курган, ул. Бурова-Петрова, д. 96',
    phone: '+73522555525',
    site: 'https://zauralie-eco.example',
  },
];

export const SURGUT_SUPPLIERS: SupplierSpec[] = [
  {
    name: 'Сургутский филиал АО «ЭК «Восток»',
    inn: '8602018472',
    kpp: '860201001',
    bankName: 'Сургутский филиал АО «Югорский расчётный банк»',
    bic: '047144608',
    settlementAccount: '40702810667150004391',
    correspondentAccount: '30101810400000000608',
    address: '628403, г. Сургут, ул. Университетская, д. 4',
    phone: '+73462550505',
    site: 'https://www.surgut.vostok-electra.ru',
  },
  {
    name: 'ООО «Сургутский водоканал»',
    inn: '8602035125',
    kpp: '860201001',
    bankName: 'Сургутский филиал АО «Югорский расчётный банк»',
    bic: '047144608',
    settlementAccount: '40702810367150010876',
    correspondentAccount: '30101810400000000608',
    address: '628400, г. Сургут, ул. Маяковского, д. 14',
    phone: '+73462523300',
    site: 'https://surgut-vodokanal.example',
  },
  {
    name: 'АО «Сургутская теплоснабжающая компания»',
    inn: '8602052762',
    kpp: '860201001',
    bankName: 'Филиал «Сургутский» АО «Северный торговый банк»',
    bic: '047144633',
    settlementAccount: '40702810823000007158',
    correspondentAccount: '30101810200000000633',
    address: '628405, г. Сургут, ул. Энергетиков, д. 5',
    phone: '+73462525252',
    site: 'https://surgut-teplo.example',
  },
  {
    name: 'ООО «Югра-Экосервис» – региональный оператор',
    inn: '8602083915',
    kpp: '860201001',
    bankName: 'Филиал «Сургутский» АО «Северный торговый банк»',
    bic: '047144633',
    settlementAccount: '40702810223000012604',
    correspondentAccount: '30101810200000000633',
    address: '628416, г. Сургут, ул. 30 лет Победы, д. 44',
    phone: '+73462281010',
    site: 'https://yugra-eco.example',
  },
];
