import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The files of Decap CMS that the form editor serves from the site itself, never from a CDN:
 * the bundle, the chunks it loads on demand, their WebAssembly and the licence notice. They
 * come from the installed npm package, so `npm update` is the only way to change them.
 */
const SERVED = /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/;

export const CMS_ASSET_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function cmsDistDir(projectRoot = process.cwd()): string {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

export function cmsAssetNames(distDir = cmsDistDir()): string[] {
  return readdirSync(distDir)
    .filter((name) => SERVED.test(name))
    .sort();
}

export function readCmsAsset(name: string, distDir = cmsDistDir()): Buffer {
  if (!cmsAssetNames(distDir).includes(name)) throw new Error(`Not a Decap CMS file: ${name}`);
  return readFileSync(path.join(distDir, name));
}
