// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import Chart from 'primevue/chart';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import {
  chargesReport,
  consumptionChart,
  paymentsReport,
  readingsReport,
} from './reports-fixtures.js';
import { allByTestId, byTestId, mountApp, signIn, text } from './support/mount-app.js';
import type { Handlers } from './support/fake-kabinet.js';

/** Text as a reader sees it: text nodes joined by spaces. */
function squash(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map(squash);

const reportHandlers: Handlers = {
  'reports.payments': ({ from, to }) => ok(paymentsReport(from, to)),
  'reports.charges': ({ period }) => ok(chargesReport(period)),
  'reports.readings': ({ from, to }) => ok(readingsReport(from, to)),
  'reports.consumption': ({ meterId }) => ok(consumptionChart(meterId)),
  'reports.pdf': ({ report }) =>
    ok({
      fileName: `${report}.pdf`,
      contentBase64: Buffer.from('%PDF-1.7 test').toString('base64'),
    }),
};

async function openReports(handlers: Handlers = {}) {
  const app = await mountApp({ ...reportHandlers, ...handlers });
  await signIn(app);
  byTestId('nav-reports')!.click();
  await flushPromises();
  expect(byTestId('reports-page')).not.toBeNull();
  return app;
}

function dateInput(id: string): HTMLInputElement {
  const input = byTestId(id);
  if (!(input instanceof HTMLInputElement)) throw new Error(`${id} is not an input`);
  return input;
}

/** Types a date as a person does: the DatePicker parses ДД.ММ.ГГГГ on input. */
async function typeDate(id: string, value: string): Promise<void> {
  const input = dateInput(id);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await flushPromises();
}

async function submit(report: string): Promise<void> {
  byTestId(`reports-${report}-submit`)!.click();
  await flushPromises();
}

async function choose(selectId: string, optionId: string, label: string): Promise<void> {
  byTestId(selectId)!.click();
  await flushPromises();
  const option = allByTestId(optionId).find((o) => squash(o) === label);
  if (!option) throw new Error(`no option ${label} in ${selectId}`);
  // PrimeVue's Select picks an option on mousedown, as a real click does.
  option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  await flushPromises();
}

// happy-dom has no canvas: chart.js says it cannot draw (the real chart is drawn in Chromium by
// test/e2e/reports.e2e.ts); here the test reads what the page handed PrimeVue's Chart.
beforeEach(() => {
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Failed to create chart')) error(...args);
  });
});

afterEach(async () => {
  // Let the Chart's own import of chart.js settle while the page is still mounted.
  await import('chart.js/auto');
  await flushPromises();
  vi.restoreAllMocks();
});

describe('reports page (Рис. 15)', () => {
  it('sits between "Ввод показаний" and "Заявки" and names the account', async () => {
    await openReports();
    const tabs = [...document.querySelectorAll('[data-testid^="nav-"]')].map(squash);
    expect(tabs.indexOf('Отчеты')).toBe(tabs.indexOf('Ввод показаний') + 1);
    expect(text('reports-account')).toBe(
      'ЛС: 1234567890, г. Оренбург, ул. Советская, д. 1, кв. 11',
    );
    const titles = [...document.querySelectorAll('.report .section-title')].map(squash);
    expect(titles).toEqual([
      'История платежей',
      'История начислений *',
      'Показания приборов учета',
    ]);
    expect(document.body.textContent).toContain('* За последние шесть месяцев');
    expect(dateInput('reports-payments-from').placeholder).toBe('ДД.ММ.ГГГГ');
  });

  it('payment history: the typed range, place, date, service, period, amount and total', async () => {
    const app = await openReports();
    await typeDate('reports-payments-from', '01.09.2025');
    await typeDate('reports-payments-to', '18.03.2026');
    await submit('payments');
    expect(app.fake.callsOf('reports.payments')).toEqual([
      { accountId: 1, from: '2025-09-01', to: '2026-03-18' },
    ]);
    expect(allByTestId('reports-payments-row').map(cells)).toEqual([
      ['06.02.2026 13:48', 'Почта России', 'Электроэнергия', 'февраль 2026 г.', '1 382,00'],
      ['13.01.2026 11:28', 'Касса ЕРЦ', 'Все услуги', 'январь 2026 г.', '2 500,00'],
    ]);
    expect(text('reports-payments-total')).toBe('Итого: 3 882,00 руб.');
  });

  it('says so when there were no payments', async () => {
    await openReports({ 'reports.payments': ({ from, to }) => ok(paymentsReport(from, to, true)) });
    await submit('payments');
    expect(squash(byTestId('reports-payments-table'))).toContain(ru.reports.payments.empty);
    expect(byTestId('reports-payments-total')).toBeNull();
  });

  it('refuses a range whose start is after its end, and an empty date, in words', async () => {
    const app = await openReports();
    await typeDate('reports-readings-from', '20.03.2026');
    await typeDate('reports-readings-to', '01.03.2026');
    await submit('readings');
    expect(text('reports-readings-error')).toBe(
      'Дата «с» не может быть позже даты «по». Исправьте период.',
    );
    expect(app.fake.callsOf('reports.readings')).toEqual([]);

    await typeDate('reports-payments-from', '');
    await submit('payments');
    expect(text('reports-payments-error')).toBe(ru.reports.range.missing);
    expect(app.fake.callsOf('reports.payments')).toEqual([]);

    await typeDate('reports-readings-from', '01.03.2026');
    await submit('readings');
    expect(byTestId('reports-readings-error')).toBeNull();
    expect(app.fake.callsOf('reports.readings')).toHaveLength(1);
  });

  it('shows an error from the main process in Russian, with what to do', async () => {
    await openReports({ 'reports.payments': () => fail('central_unreachable') });
    await submit('payments');
    expect(text('reports-payments-error')).toBe(ru.errors.central_unreachable);
  });

  it('charge history: Год / Месяц from the six billed periods, or all six', async () => {
    const app = await openReports();
    expect(app.fake.callsOf('reports.charges')).toEqual([{ accountId: 1, period: null }]);
    expect(squash(byTestId('reports-charges-year'))).toBe('2026');
    await choose('reports-charges-year', 'reports-charges-year-option', '2025');
    await choose('reports-charges-month', 'reports-charges-month-option', 'Декабрь');
    await submit('charges');
    expect(app.fake.callsOf('reports.charges').at(-1)).toEqual({ accountId: 1, period: '2025-12' });
    expect(allByTestId('reports-charges-period').map((p) => p.dataset.period)).toEqual(['2025-12']);
    expect(allByTestId('reports-charges-row').map(cells)).toEqual([
      [
        'Электроэнергия',
        '5,5696',
        '1 202,38',
        '1 202,38',
        '312,3 кВт·ч',
        '1 739,38',
        '0,00',
        '1 739,38',
      ],
    ]);
    expect(text('reports-charges-total')).toBe('Итого за Декабрь 2025: 1 739,38 руб.');

    await choose('reports-charges-month', 'reports-charges-month-option', 'Все месяцы');
    await submit('charges');
    expect(app.fake.callsOf('reports.charges').at(-1)).toEqual({ accountId: 1, period: null });
    expect(allByTestId('reports-charges-period')).toHaveLength(6);
    expect(cells(allByTestId('reports-charges-row')[1]!)[0]).toBe('Электроэнергия (по среднему)');
  });

  it('says so when the account has no billed period yet', async () => {
    await openReports({
      'reports.charges': () => ok({ ...chargesReport(null), availablePeriods: [], periods: [] }),
    });
    expect(text('reports-charges-no-periods')).toBe(ru.reports.charges.noPeriods);
    await submit('charges');
    expect(text('reports-charges-empty')).toBe(ru.reports.charges.empty);
  });

  it('meter readings (Рис. 28): kind, status in words, source, start of period', async () => {
    const app = await openReports();
    await choose('reports-readings-kind', 'reports-readings-kind-option', 'Электроэнергия');
    await submit('readings');
    expect(app.fake.callsOf('reports.readings')[0]).toMatchObject({ accountId: 1, serviceId: 1 });
    const rows = allByTestId('reports-readings-row').map(cells);
    expect(rows[2]).toEqual([
      'Электроэнергия',
      'индивидуальный Двухтарифный',
      '011552148 Т1 (день)',
      '21.01.2026',
      '44700,6',
      '15.02.2026',
      '44778,8',
      'Успешно',
      'кВт·ч',
      'Житель в личном кабинете',
    ]);
    expect(allByTestId('reports-readings-status').map(squash)).toEqual([
      'Ожидает отправки',
      'Отклонено: Показание меньше предыдущего (415,877). Проверьте его.',
      'Успешно',
      'Успешно',
      'Рассчитано',
    ]);
    expect(allByTestId('reports-readings-source').map(squash)).toEqual([
      'Житель в киоске',
      'Сотрудник на стойке',
      'Житель в личном кабинете',
      'Житель в личном кабинете',
      'Расчёт по среднему',
    ]);
    expect(rows[1]!.slice(1, 5)).toEqual(['общедомовой Однотарифный', 'ВК-77120', '—', '—']);
  });

  it('refreshes the readings report when the outbox settles a reading', async () => {
    const app = await openReports();
    await submit('readings');
    expect(app.fake.callsOf('reports.readings')).toHaveLength(1);
    app.fake.emit('outbox.changed', { pending: 0 });
    await flushPromises();
    expect(app.fake.callsOf('reports.readings')).toHaveLength(2);
  });

  it('saves a report as a PDF file through a download link', async () => {
    const app = await openReports();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:kabinet/report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.download) {
        downloads.push(`${link.download} ${link.href}`);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    await typeDate('reports-payments-from', '01.09.2025');
    await typeDate('reports-payments-to', '18.03.2026');
    await submit('payments');
    byTestId('reports-payments-pdf')!.click();
    await flushPromises();
    document.removeEventListener('click', onClick, true);
    expect(app.fake.callsOf('reports.pdf')).toEqual([
      { report: 'payments', accountId: 1, from: '2025-09-01', to: '2026-03-18' },
    ]);
    expect(downloads).toEqual(['payments.pdf blob:kabinet/report']);
    expect(created[0]!.type).toBe('application/pdf');
    expect(await created[0]!.text()).toBe('%PDF-1.7 test');
    expect(text('reports-payments-pdf-saved')).toBe('Файл «payments.pdf» сохранён.');
  });

  it('says so when the PDF could not be made', async () => {
    await openReports({ 'reports.pdf': () => fail('internal') });
    await submit('charges');
    byTestId('reports-charges-pdf')!.click();
    await flushPromises();
    expect(text('reports-charges-pdf-error')).toBe(`${ru.reports.pdfFailed} ${ru.errors.internal}`);
  });
});

describe('consumption chart', () => {
  it('draws the first meter, offers every meter, and lists the months for screen readers', async () => {
    const app = await openReports();
    expect(app.fake.callsOf('reports.consumption')).toEqual([{ accountId: 1, meterId: 100 }]);
    expect(byTestId('reports-chart')).not.toBeNull();
    const months = [...byTestId('reports-chart-table')!.querySelectorAll('tbody tr')].map(squash);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('март 2025 г. нет данных нет данных —');
    expect(months[4]).toBe('июль 2025 г. 104 44,5 по среднему');
    expect(months[5]).toBe('август 2025 г. 105 45,5 по нормативу');
    const chart = app.wrapper.findComponent(Chart);
    expect(chart.props('type')).toBe('bar');
    const data = chart.props('data') as {
      labels: string[];
      datasets: { label: string; data: (number | null)[]; backgroundColor: string[] }[];
    };
    expect(data.labels.slice(0, 2)).toEqual(['Март 2025', 'Апр. 2025']);
    expect(data.datasets.map((d) => d.label)).toEqual(['Т1 (день)', 'Т2 (ночь)']);
    expect(data.datasets[0]!.data.slice(0, 3)).toEqual([null, 101, 102]);
    // Measured months solid, average pale, normative grey.
    expect(data.datasets[0]!.backgroundColor.slice(3, 6)).toEqual([
      '#1d4ed8',
      '#1d4ed859',
      '#94a3b8',
    ]);
    await choose(
      'reports-chart-meter',
      'reports-chart-meter-option',
      'Холодное водоснабжение, № ВК-77120',
    );
    expect(app.fake.callsOf('reports.consumption').at(-1)).toEqual({ accountId: 1, meterId: 101 });
  });
});
