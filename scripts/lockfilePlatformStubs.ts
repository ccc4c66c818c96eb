/**
 * The npm registry this project installs from (here and in CI) serves only the Linux builds
 * of some native packages (e.g. @astrojs/compiler-binding-darwin-arm64 is missing). npm then
 * leaves those optional dependencies out of package-lock.json and `npm ci` refuses the lock
 * as out of sync. This adds an entry for each missing optional platform package, marked
 * optional with the os/cpu its name gives, so npm skips it on Linux and fetches it normally on
 * other systems. Run it after changing dependencies: `npx node scripts/lockfilePlatformStubs.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'win32', 'openharmony', 'sunos', 'aix'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'riscv64', 's390x', 'ppc64', 'loong64', 'wasm32'];

/** "@scope/pkg-darwin-arm64" -> { os: ['darwin'], cpu: ['arm64'] }, from the name alone. */
export function platformOf(name: string): { os?: string[]; cpu?: string[] } {
  const parts = name.split(/[-/]/);
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

export function addPlatformStubs(lock: { packages: Record<string, LockPackage> }): string[] {
  const added: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (lock.packages[key] || lock.packages[`${path}/node_modules/${name}`]) continue;
      const platform = platformOf(name);
      if (!platform.os && !platform.cpu) continue; // not a platform build: leave it to npm
      lock.packages[key] = { version: range, ...(pkg.dev ? { dev: true } : {}), optional: true, ...platform };
      added.push(`${name}@${range}`);
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = addPlatformStubs(lock);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `added ${added.length} platform entries:\n  ${added.join('\n  ')}` : 'lock file already complete');
}
