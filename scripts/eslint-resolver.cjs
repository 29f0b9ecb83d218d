// Import resolver (eslint-module-utils interface v2) for eslint-plugin-boundaries: resolves the tsconfig
// path aliases (@core/*, @server/*…) and extensionless relative imports of .ts/.tsx files, so the
// dependency rule sees where an import really points. Packages fall through to the node resolver.
const { existsSync, statSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const ALIASES = {
  '@core/': 'core/',
  '@contracts/': 'contracts/',
  '@server/': 'server/',
  '@web/': 'web/',
  '@db/': 'db/',
  '@tests/': 'tests/',
};
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.tsx'];

function findFile(base) {
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // `./x.js` written for a `./x.ts` source (ESM style).
  const js = /\.(c|m)?js$/.exec(base);
  if (js) return findFile(base.slice(0, -js[0].length));
  return null;
}

// A missing file still belongs to a layer: classify it by where it would be (tsc reports it missing).
const guess = (base) => (/\.[cm]?[jt]sx?$/.test(base) ? base : `${base}.ts`);

exports.interfaceVersion = 2;

exports.resolve = function resolveImport(source, file) {
  if (source.startsWith('node:')) return { found: true, path: null };
  for (const [alias, folder] of Object.entries(ALIASES)) {
    if (source.startsWith(alias)) {
      const base = join(ROOT, folder, source.slice(alias.length));
      return { found: true, path: findFile(base) ?? guess(base) };
    }
  }
  if (source.startsWith('.')) {
    const base = resolve(dirname(file), source);
    return { found: true, path: findFile(base) ?? guess(base) };
  }
  return { found: false };
};
