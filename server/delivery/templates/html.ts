/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only absolute http(s) links go into a message; anything else is a programming error. */
export function checkedLink(link: string): string {
  const url = URL.canParse(link) ? new URL(link) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError('a message link must be an absolute http(s) URL');
  }
  return url.toString();
}

export interface MailContent {
  subject: string;
  /** Paragraphs before the button (plain text; escaped here). */
  lead: string[];
  action: { label: string; link: string };
  /** Paragraphs after the button. */
  after: string[];
}

const PRODUCT = 'Единый личный кабинет';
const FOOTER = 'Это письмо отправлено автоматически, отвечать на него не нужно.';

/** The plain-text body: paragraphs, the link on its own line, the footer. */
export function renderText(content: MailContent): string {
  const link = checkedLink(content.action.link);
  return [
    ...content.lead,
    `${content.action.label}:\n${link}`,
    ...content.after,
    `—\n${PRODUCT}\n${FOOTER}`,
  ].join('\n\n');
}

/** The HTML body: one column, inline styles, a button and the same link as text; no images. */
export function renderHtml(content: MailContent): string {
  const link = escapeHtml(checkedLink(content.action.link));
  const paragraph = (text: string) =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1f2933">${escapeHtml(text)}</p>`;
  return [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f3f5f8;font-family:Arial,Helvetica,sans-serif">',
    '<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">',
    `<p style="margin:0 0 24px;font-size:20px;font-weight:bold;color:#0b3d91">${PRODUCT}</p>`,
    ...content.lead.map(paragraph),
    '<p style="margin:24px 0">',
    `<a href="${link}" style="display:inline-block;padding:12px 24px;background:#0b3d91;color:#ffffff;`,
    `font-size:16px;font-weight:bold;text-decoration:none;border-radius:6px">${escapeHtml(content.action.label)}</a>`,
    '</p>',
    paragraph('Если кнопка не открывается, скопируйте ссылку в адресную строку браузера:'),
    `<p style="margin:0 0 16px;font-size:14px;word-break:break-all"><a href="${link}" style="color:#0b3d91">${link}</a></p>`,
    ...content.after.map(paragraph),
    `<p style="margin:24px 0 0;font-size:13px;color:#52606d">${FOOTER}</p>`,
    '</div></body></html>',
  ].join('\n');
}
