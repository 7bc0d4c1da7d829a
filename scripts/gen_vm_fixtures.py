"""Generate the VM test fixtures from CPython 3.11.

For every packages/vm/test/fixtures/<name>.py this writes, next to it:
  <name>.pyc        compiled by CPython with the repository-relative path as co_filename
  <name>.run.json   {"stdout", "stderr", "exitCode"} of `python3 <relative path>` run from the repo root

Run from anywhere: python3 scripts/gen_vm_fixtures.py
"""
import json
import os
import py_compile
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join('packages', 'vm', 'test', 'fixtures')


def main():
    assert sys.version_info[:2] == (3, 11), 'fixtures must come from CPython 3.11'
    os.chdir(ROOT)
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith('.py'):
            continue
        rel = os.path.join(FIXTURES, name).replace(os.sep, '/')
        base = rel[:-3]
        py_compile.compile(rel, cfile=base + '.pyc', dfile=rel, doraise=True)
        env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
        proc = subprocess.run([sys.executable, rel], capture_output=True, env=env, stdin=subprocess.DEVNULL)
        result = {
            # Object addresses change from run to run; tests normalise them the same way.
            'stdout': re.sub(r' at 0x[0-9a-f]+', ' at 0x?', proc.stdout.decode('utf-8')),
            # `python3 FILE` shows the absolute path; the .pyc carries the relative one.
            'stderr': proc.stderr.decode('utf-8').replace(ROOT + os.sep, ''),
            'exitCode': proc.returncode,
        }
        with open(base + '.run.json', 'w', encoding='utf-8') as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(rel, proc.returncode)


if __name__ == '__main__':
    main()
