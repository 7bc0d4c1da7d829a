"""Writes CPython 3.11's AST dumps and SyntaxError output for the parser fixtures.

For packages/compiler/test/fixtures/parse/NAME.py: NAME.ast.txt is `python3 -m ast -a`
(ast.dump with indent=3 and attributes). For fixtures/syntaxerror/NAME.py:
NAME.err.txt is what `python3 NAME.py` prints on stderr (run with the fixture's
bare file name so the output doesn't depend on this checkout's path).
"""
import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / 'packages' / 'compiler' / 'test' / 'fixtures'

for py in sorted((ROOT / 'parse').glob('*.py')):
    tree = ast.parse(py.read_bytes(), py.name)
    py.with_suffix('.ast.txt').write_text(ast.dump(tree, indent=3, include_attributes=True) + '\n')

for py in sorted((ROOT / 'syntaxerror').glob('*.py')):
    r = subprocess.run([sys.executable, py.name], cwd=py.parent, capture_output=True, text=True)
    # CPython prints the absolute script path; keep only the file name.
    py.with_suffix('.err.txt').write_text(r.stderr.replace(str(py.parent) + '/', ''))
