// Import boundaries between Kabinet's processes (DESIGN.md "Processes and folders").
// Resolves every relative import to the folder it lands in and checks it against the
// importing file's zone; bare imports are checked against the zone's forbidden packages.
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const serverOnly = [
  'fastify',
  'kysely',
  'pg',
  'pg-copy-streams',
  'pino',
  '@electric-sql/pglite',
  '@node-rs/argon2',
];

/** Zones in match order: the first prefix that matches a repo-relative path wins. */
const zones = [
  ['electron/platform/', 'platform'],
  ['electron/main.ts', 'platform'],
  ['electron/preload.ts', 'preload'],
  ['electron/preview/', 'preview'],
  ['electron/services/', 'services'],
  ['renderer/', 'renderer'],
  ['shared/', 'shared'],
  ['db/', 'db'],
  ['server/', 'server'],
  ['test/electron/platform/', 'test-platform'],
  ['test/', 'test'],
];

const rules = {
  shared: {
    zones: ['shared'],
    packages: (p) => p === 'zod',
    why: 'shared/ imports only zod and itself',
  },
  renderer: {
    zones: ['renderer', 'shared'],
    packages: (p) =>
      !nodeBuiltins.has(p) && p !== 'electron' && !serverOnly.includes(p) && p !== 'better-sqlite3',
    why: 'the renderer is sandboxed: no Node, electron, db/ or server/; it talks through renderer/api/client.ts',
  },
  preload: {
    zones: ['shared'],
    packages: (p) => p === 'electron',
    why: 'the preload imports only electron and shared/',
  },
  platform: {
    zones: ['platform', 'services', 'shared', 'db', 'server'],
    packages: () => true,
    why: 'platform code never imports the renderer',
  },
  services: {
    zones: ['services', 'shared', 'db', 'server'],
    packages: (p) => p !== 'electron',
    why: "services are plain Node: no 'electron', no platform or renderer",
  },
  preview: {
    zones: ['preview', 'services', 'shared'],
    packages: (p) => p !== 'electron',
    why: "preview bridges services to Chromium without 'electron'",
  },
  db: {
    zones: ['db', 'shared'],
    packages: (p) => p !== 'electron' && !serverOnly.includes(p),
    why: 'db/ is the device cache: shared/ and better-sqlite3 only',
  },
  server: {
    zones: ['server', 'shared'],
    packages: (p) => p !== 'electron' && p !== 'better-sqlite3',
    why: 'server/ never imports device code',
  },
  test: {
    zones: null,
    packages: (p) => p !== 'electron',
    why: "only platform tests (with electron mocked) name 'electron'",
  },
};

function zoneOf(relPath) {
  const hit = zones.find(([prefix]) => relPath === prefix || relPath.startsWith(prefix));
  return hit ? hit[1] : null;
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const boundaries = {
  meta: { type: 'problem', schema: [], messages: { crossing: '{{source}}: {{why}}.' } },
  create(context) {
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const zone = zoneOf(file);
    const rule = zone === 'test-platform' ? null : rules[zone];
    if (!rule) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let allowed;
      if (source.startsWith('.')) {
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), source))
          .split(path.sep)
          .join('/');
        const targetZone = zoneOf(target) ?? zoneOf(`${target}/`);
        allowed = rule.zones === null || targetZone === null || rule.zones.includes(targetZone);
      } else {
        allowed = rule.packages(packageName(source));
      }
      if (!allowed)
        context.report({ node, messageId: 'crossing', data: { source, why: rule.why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
    };
  },
};

export default { rules: { imports: boundaries } };
