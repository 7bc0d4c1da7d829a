"""Regenerate the conformance goldens in test/golden/ from CPython 3.11.

For every test/corpus/<name>.py this writes:
  test/golden/<name>.code.json  CodeJSON of the module code object (scripts/dump_code.py's code_to_json)
  test/golden/<name>.dis.txt    `python3 -m dis test/corpus/<name>.py`, object addresses shown as 0x?
  test/golden/<name>.ast.txt    `python3 -m ast test/corpus/<name>.py`
  test/golden/<name>.ast-a.txt  `python3 -m ast -a test/corpus/<name>.py`
  test/golden/<name>.run.json   {"stdout", "stderr", "stderrLastLine", "exitCode"} of `python3 test/corpus/<name>.py`
  test/golden/pyc/<name>.pyc    compiled by CPython with co_filename = test/corpus/<name>.py
For every test/corpus-run/<name>.py (programs outside the compiler's subset) only the last two, written to
test/golden/run/<name>.run.json and test/golden/run/pyc/<name>.pyc.

Everything runs from the repository root with relative paths, so tracebacks and co_filename say
test/corpus/<name>.py. The output is deterministic: files in sorted order, hash-based .pyc files (PEP 552,
so no source mtime in the header), each compiled in a fresh interpreter so marshal's reference flags do not
depend on what else happened to be alive.

Run from anywhere: python3 scripts/gen_goldens.py
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
from dump_code import code_to_json  # noqa: E402 (scripts/ is not a package)
CORPUS = 'test/corpus'
RUN_CORPUS = 'test/corpus-run'
GOLDEN = 'test/golden'
RUN_GOLDEN = 'test/golden/run'

# Programs run with a fixed environment so their output cannot depend on the caller's.
ENV = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1')
ENV.pop('PYTHONSTARTUP', None)
ENV.pop('PYTHONPATH', None)

COMPILE_PYC = '''
import py_compile, sys
py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[1], doraise=True,
                   invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
'''

DIS_PYC = '''
import dis, marshal, sys
dis.dis(marshal.loads(open(sys.argv[1], 'rb').read()[16:]))
'''


def python(*args):
    proc = subprocess.run([sys.executable, *args], capture_output=True, env=ENV, cwd=ROOT)
    return proc


def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def write_json(path, value):
    # ASCII escapes keep lone surrogates (legal in Python str constants) representable in the file.
    write_text(path, json.dumps(value, indent=1, ensure_ascii=True) + '\n')


def checked_output(*args):
    proc = python(*args)
    if proc.returncode != 0:
        sys.exit(f'python3 {" ".join(args)} failed:\n{proc.stderr.decode("utf-8")}')
    return proc.stdout.decode('utf-8')


def run_golden(rel):
    proc = python(rel)
    # `python3 FILE` makes __file__ absolute; tracebacks in goldens carry the repository-relative path.
    stderr = proc.stderr.decode('utf-8').replace(ROOT + os.sep, '')
    lines = stderr.rstrip('\n').split('\n')
    return {
        'stdout': proc.stdout.decode('utf-8'),
        'stderr': stderr,
        'stderrLastLine': lines[-1] if stderr else '',
        'exitCode': proc.returncode,
    }


def compile_pyc(rel, out):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    checked_output('-c', COMPILE_PYC, rel, out)


def code_json(rel):
    with open(os.path.join(ROOT, rel), 'rb') as f:
        source = f.read()
    return code_to_json(compile(source, rel, 'exec', dont_inherit=True))


def programs(folder):
    return sorted(n[:-3] for n in os.listdir(os.path.join(ROOT, folder)) if n.endswith('.py'))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f'goldens must come from CPython 3.11, this is {sys.version.split()[0]}')
    if os.environ.get('PYTHONHASHSEED') != '0':
        # compile() below runs in this process: frozenset constants of str follow its hash seed.
        os.execve(sys.executable, [sys.executable, *sys.argv], ENV)
    os.chdir(ROOT)
    for name in programs(CORPUS):
        rel = f'{CORPUS}/{name}.py'
        base = f'{GOLDEN}/{name}'
        write_json(base + '.code.json', code_json(rel))
        dis = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', checked_output('-m', 'dis', rel))
        write_text(base + '.dis.txt', dis)
        write_text(base + '.ast.txt', checked_output('-m', 'ast', rel))
        write_text(base + '.ast-a.txt', checked_output('-m', 'ast', '-a', rel))
        run = run_golden(rel)
        write_json(base + '.run.json', run)
        compile_pyc(rel, f'{GOLDEN}/pyc/{name}.pyc')
        # A frozenset loaded from a .pyc can iterate in another order than the compiled one
        # (marshal writes the items sorted); only then does the .pyc get its own dis golden.
        pyc_dis = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', checked_output('-c', DIS_PYC, f'{GOLDEN}/pyc/{name}.pyc'))
        if pyc_dis != dis:
            write_text(base + '.pyc.dis.txt', pyc_dis)
        elif os.path.exists(base + '.pyc.dis.txt'):
            os.remove(base + '.pyc.dis.txt')
        # Likewise a program iterating such a frozenset prints differently from its .pyc.
        pyc_run = run_golden(f'{GOLDEN}/pyc/{name}.pyc')
        if pyc_run != run:
            write_json(base + '.pyc.run.json', pyc_run)
        elif os.path.exists(base + '.pyc.run.json'):
            os.remove(base + '.pyc.run.json')
    for name in programs(RUN_CORPUS):
        rel = f'{RUN_CORPUS}/{name}.py'
        write_json(f'{RUN_GOLDEN}/{name}.run.json', run_golden(rel))
        compile_pyc(rel, f'{RUN_GOLDEN}/pyc/{name}.pyc')
    print(f'{len(programs(CORPUS))} corpus and {len(programs(RUN_CORPUS))} run-only programs')


if __name__ == '__main__':
    main()
