import { escapeHtml } from '../../delivery/templates/html.js';

/** A small Russian page opened from an e-mail link: a heading, paragraphs and maybe a form. */
export interface LinkPage {
  status: number;
  title: string;
  paragraphs: string[];
  /** Shown in red above the form (a refused password, a mismatch). */
  problem?: string;
  form?: LinkForm;
}

export interface LinkForm {
  action: string;
  hidden: Record<string, string>;
  /** Password fields (name → label), e.g. the new password twice. */
  passwords?: Record<string, string>;
  /** Rules shown under the fields. */
  rules?: string[];
  submit: string;
}

/** Headers of every link page: no caching, no referrer (the URL holds a token), no framing, no scripts. */
export const LINK_PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
} as const;

const STYLE = [
  'body{margin:0;padding:24px;background:#f3f5f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933}',
  'main{max-width:560px;margin:0 auto;padding:24px;background:#fff;border-radius:8px}',
  '.brand{margin:0 0 16px;font-size:20px;font-weight:bold;color:#0b3d91}',
  'h1{font-size:24px;margin:0 0 16px}p,li{font-size:18px;line-height:1.5}',
  '.problem{color:#a61b1b;font-weight:bold}',
  'label{display:block;margin:16px 0 4px;font-size:18px}',
  'input[type=password]{width:100%;box-sizing:border-box;padding:12px;font-size:20px;border:1px solid #52606d;border-radius:6px}',
  'button{margin-top:24px;padding:14px 28px;font-size:18px;font-weight:bold;color:#fff;background:#0b3d91;border:0;border-radius:6px;cursor:pointer}',
  'button:focus-visible,input:focus-visible{outline:3px solid #0b3d91;outline-offset:2px}',
].join('');

function renderForm(form: LinkForm): string {
  const hidden = Object.entries(form.hidden).map(
    ([name, value]) =>
      `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
  );
  const fields = Object.entries(form.passwords ?? {}).map(
    ([name, label]) =>
      `<label for="${escapeHtml(name)}">${escapeHtml(label)}</label>` +
      `<input type="password" id="${escapeHtml(name)}" name="${escapeHtml(name)}" autocomplete="new-password" required maxlength="128">`,
  );
  const rules = form.rules?.length
    ? `<ul>${form.rules.map((rule) => `<li>${escapeHtml(rule)}</li>`).join('')}</ul>`
    : '';
  return [
    `<form method="post" action="${escapeHtml(form.action)}">`,
    ...hidden,
    ...fields,
    rules,
    `<button type="submit">${escapeHtml(form.submit)}</button>`,
    '</form>',
  ].join('\n');
}

/** The page as HTML: every value escaped, no external resources, no scripts. */
export function renderLinkPage(page: LinkPage): string {
  return [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body><main>',
    '<p class="brand">Единый личный кабинет</p>',
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    page.problem ? `<p class="problem" role="alert">${escapeHtml(page.problem)}</p>` : '',
    page.form ? renderForm(page.form) : '',
    '</main></body></html>',
  ].join('\n');
}
