"""Write CPython 3.11's .pyc and CodeJSON of a few stdlib modules to packages/bytecode/test/golden/stdlib/.

The bytecode tests read these .pyc files with readPyc, compare with the CodeJSON
(reader check), re-marshal them (writer check) and decode/re-encode every code
object's location and exception tables (table codec check).

Usage: python3 scripts/gen_bytecode_stdlib_goldens.py
"""
import importlib._bootstrap_external as bootstrap
import json
import os
import sys
import sysconfig

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

sys.path.insert(0, os.path.dirname(__file__))
from dump_code import code_to_json  # noqa: E402

MODULES = ["textwrap", "string", "colorsys", "bisect", "contextlib", "fractions", "shlex", "heapq"]
OUT = os.path.join(os.path.dirname(__file__), "..", "packages", "bytecode", "test", "golden", "stdlib")
os.makedirs(OUT, exist_ok=True)
stdlib = sysconfig.get_paths()["stdlib"]
for name in MODULES:
    with open(os.path.join(stdlib, name + ".py"), "rb") as f:
        source = f.read()
    filename = f"Lib/{name}.py"
    code = compile(source, filename, "exec", dont_inherit=True)
    pyc = bootstrap._code_to_timestamp_pyc(code, 0, len(source))
    with open(os.path.join(OUT, name + ".pyc"), "wb") as f:
        f.write(pyc)
    with open(os.path.join(OUT, name + ".code.json"), "w") as f:
        f.write(json.dumps(code_to_json(code), indent=1, ensure_ascii=True) + "\n")
