import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';

import type { AccountHeading } from '../report-account.js';
import { ruDateTime } from './pdf-text.js';

export interface ReportFrame {
  title: string;
  heading: AccountHeading;
  /** What the report covers, e.g. "Период: с 01.01.2026 по 30.06.2026". */
  periodLine: string;
  generatedAt: Date;
  timeZone: string;
  landscape: boolean;
  body: Content[];
}

const muted = '#475569';

/**
 * An A4 report: the title, the account and its address, what period it covers and when it was
 * made (region time), then the body; every page is numbered in its footer.
 */
export function reportDocument(frame: ReportFrame): TDocumentDefinitions {
  const generated = ruDateTime(frame.generatedAt, frame.timeZone);
  return {
    pageSize: 'A4',
    pageOrientation: frame.landscape ? 'landscape' : 'portrait',
    pageMargins: [36, 36, 36, 40],
    info: { title: `${frame.title}, ЛС № ${frame.heading.number}`, creator: 'Kabinet' },
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    content: [
      { text: 'Единый личный кабинет', color: muted, fontSize: 8, margin: [0, 0, 0, 4] },
      { text: frame.title, fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      {
        text: [
          { text: 'Лицевой счёт № ', color: muted },
          { text: frame.heading.number, bold: true },
        ],
      },
      { text: [{ text: 'Адрес: ', color: muted }, frame.heading.address] },
      { text: [{ text: 'Регион: ', color: muted }, frame.heading.regionName] },
      { text: frame.periodLine },
      { text: `Дата формирования: ${generated}`, color: muted, margin: [0, 0, 0, 10] },
      ...frame.body,
    ],
    footer: (page: number, pages: number) => ({
      text: `${frame.title}, ЛС № ${frame.heading.number} · сформировано ${generated} · страница ${page} из ${pages}`,
      fontSize: 7,
      color: muted,
      margin: [36, 12, 36, 0],
    }),
  };
}

/** A table with shaded header rows repeated on every page; numeric columns are right-aligned. */
export function dataTable(options: {
  /** One or more header rows (cells may span with colSpan/rowSpan). */
  headers: TableCell[][];
  rows: TableCell[][];
  widths: (number | '*' | 'auto')[];
  numeric?: readonly number[];
}): Content {
  const numeric = new Set(options.numeric ?? []);
  const shade = { bold: true, fillColor: '#e2e8f0' };
  const headers = options.headers.map((row) =>
    row.map((cell) =>
      typeof cell === 'string' ? { text: cell, ...shade } : { ...(cell as object), ...shade },
    ),
  );
  const body = options.rows.map((row) =>
    row.map((cell, i) =>
      numeric.has(i) && typeof cell === 'string' ? { text: cell, alignment: 'right' } : cell,
    ),
  );
  return {
    table: { headerRows: headers.length, widths: options.widths, body: [...headers, ...body] },
    layout: {
      hLineColor: () => '#cbd5e1',
      vLineColor: () => '#cbd5e1',
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  } as Content;
}

/** The sentence shown in place of an empty table. */
export function emptyNote(text: string): Content {
  return { text, italics: true, color: muted, margin: [0, 6, 0, 0] };
}
