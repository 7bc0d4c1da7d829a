// What the scripts that run over CPython's own Lib/ share: their command line ([LIBDIR] [--limit N]
// [--show K], LIBDIR defaulting to python3's Lib/) and the Python that lists its files.
import { execFileSync } from 'node:child_process';

/** The parsed command line: `opt(name, default)` reads any other option. */
export function stdlibOptions(defaultShow = 5) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const lib = args[0] && !args[0].startsWith('--') ? args[0]
    : execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  return { args, opt, lib, limit: Number(opt('--limit', '0')), show: Number(opt('--show', String(defaultShow))) };
}

/** Python defining lib_files(): the .py files under lib, sorted, without site-packages (or the tests). */
export const PY_LIB_FILES = `
def lib_files(lib, limit, no_tests=False):
    files = []
    for root, dirs, names in os.walk(lib):
        dirs.sort()
        if 'site-packages' in root or (no_tests and os.sep + 'test' in root[len(lib):]): continue
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith('.py')]
    return files[:limit] if limit else files
`;
