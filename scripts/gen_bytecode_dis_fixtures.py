"""Compile packages/bytecode/test/fixtures/*.py with CPython 3.11 and write, next to each:
NAME.pyc (timestamp .pyc of compile(source, "NAME.py")), NAME.dis.txt (`python3 -m dis NAME.py`)
and NAME.code.json (scripts/dump_code.py's CodeJSON).

Usage: python3 scripts/gen_bytecode_dis_fixtures.py
"""
import glob
import importlib._bootstrap_external as bootstrap
import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

sys.path.insert(0, os.path.dirname(__file__))
from dump_code import code_to_json  # noqa: E402

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "packages", "bytecode", "test", "fixtures")

for path in sorted(glob.glob(os.path.join(FIXTURES, "*.py"))):
    name = os.path.basename(path)
    stem = name[:-3]
    with open(path, "rb") as f:
        source = f.read()
    code = compile(source, name, "exec", dont_inherit=True)
    with open(os.path.join(FIXTURES, stem + ".pyc"), "wb") as f:
        f.write(bootstrap._code_to_timestamp_pyc(code, 0, len(source)))
    with open(os.path.join(FIXTURES, stem + ".code.json"), "w") as f:
        f.write(json.dumps(code_to_json(code), indent=1, ensure_ascii=True) + "\n")
    # A frozenset of str prints in hash order: PYTHONHASHSEED=0 is the order pyc-ts gives.
    dis_text = subprocess.run([sys.executable, "-m", "dis", name], cwd=FIXTURES, check=True,
                              capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0")).stdout
    with open(os.path.join(FIXTURES, stem + ".dis.txt"), "w") as f:
        f.write(dis_text)
