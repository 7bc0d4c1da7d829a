"""Write CPython 3.11's .pyc and CodeJSON of a few corpus programs to packages/bytecode/test/golden/programs/.

The bytecode tests read these .pyc files with readPyc, compare with the CodeJSON
(reader check), re-marshal them (writer check) and decode/re-encode every code
object's location and exception tables (table codec check). For a few modules
it also writes co_positions() and co_lines() of every code object (decoder check).

The programs are the repository's own (test/corpus), chosen for their many code objects and
exception tables; the standard library's text stays out of the repository.

Usage: python3 scripts/gen_bytecode_goldens.py
"""
import importlib._bootstrap_external as bootstrap
import json
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

sys.path.insert(0, os.path.dirname(__file__))
from dump_code import code_to_json  # noqa: E402

POSITIONS = ["rt_class_operators", "rt_exc_attributes", "extarg_jumps"]
MODULES = [
    "rt_class_operators", "rt_descr_attributes", "rt_class_create", "rt_exc_attributes",
    "rt_gen_coroutines", "rt_func_attributes", "extarg_jumps", "codecs_handlers",
]
ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT = os.path.join(ROOT, "packages", "bytecode", "test", "golden", "programs")
os.makedirs(OUT, exist_ok=True)
for name in MODULES:
    filename = f"test/corpus/{name}.py"
    with open(os.path.join(ROOT, filename), "rb") as f:
        source = f.read()
    code = compile(source, filename, "exec", dont_inherit=True)
    pyc = bootstrap._code_to_timestamp_pyc(code, 0, len(source))
    with open(os.path.join(OUT, name + ".pyc"), "wb") as f:
        f.write(pyc)
    with open(os.path.join(OUT, name + ".code.json"), "w") as f:
        f.write(json.dumps(code_to_json(code), indent=1, ensure_ascii=True) + "\n")
    if name in POSITIONS:
        tables = []

        def walk(co):
            tables.append({"qualname": co.co_qualname, "positions": list(co.co_positions()), "lines": list(co.co_lines())})
            for c in co.co_consts:
                if hasattr(c, "co_code"):
                    walk(c)

        walk(code)
        with open(os.path.join(OUT, name + ".positions.json"), "w") as f:
            json.dump(tables, f, separators=(",", ":"))
            f.write("\n")
