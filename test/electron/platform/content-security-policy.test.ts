import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../shared/security/content-security-policy.js';
import { cspHeaderListener } from '../../../electron/platform/csp-header.js';

const appUrl = 'file:///opt/Kabinet/resources/app.asar/dist/renderer/index.html';

describe('Content-Security-Policy', () => {
  it('is the strict policy of the security baseline', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is the policy the renderer declares in its meta tag, less what a meta tag cannot carry', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    );
  });

  it('replaces any policy a response brought, whatever its header case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': 'text/html',
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('is added to every response of the app files, and to nothing else', () => {
    const listener = cspHeaderListener(appUrl);
    const seen: unknown[] = [];
    listener({ url: appUrl, responseHeaders: {} }, (response) => seen.push(response));
    listener(
      {
        url: 'file:///opt/Kabinet/resources/app.asar/dist/renderer/assets/index-1.js',
        responseHeaders: {},
      },
      (response) => seen.push(response),
    );
    listener({ url: 'file:///etc/passwd', responseHeaders: {} }, (response) => seen.push(response));
    listener({ url: 'https://pay.example/3ds', responseHeaders: {} }, (response) =>
      seen.push(response),
    );
    expect(seen).toEqual([
      { responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } },
      { responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } },
      {},
      {},
    ]);
  });
});
