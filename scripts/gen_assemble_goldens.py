"""Write packages/compiler/test/golden/assemble.json: CPython 3.11's code objects for the
sources that packages/compiler/test/{assemble,flowgraph}.test.ts build by hand as units."""
import dis
import json
import opcode
import pathlib
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

SOURCES = {
    "many_consts": "".join(f"x{i} = {i}\n" for i in range(300)),
    "long_forward_jump": "if x:\n" + "    y = 1\n" * 200 + "z = 2\n",
    "long_backward_jump": "while x:\n" + "    y = 1\n" * 200,
}
# Function code objects: (name, source, path of co_consts indexes to the function).
FUNCTIONS = {
    "closure_outer": ("def f(a):\n    def g():\n        return a + c\n    c = 1\n    return g\n", [0]),
    "closure_inner": ("def f(a):\n    def g():\n        return a + c\n    c = 1\n    return g\n", [0, 1]),
    "generator": ("def f(a):\n    yield a\n", [0]),
    "swap": ("def f(a, b):\n    a, b = b, a\n", [0]),
    "is_none": ("def f(a):\n    if a is None:\n        return 1\n    return 2\n", [0]),
    "global_call": ("def f():\n    g()\n", [0]),
    "while_true": ("def f():\n    while True:\n        x()\n", [0]),
    "for_loop": ("def f(a):\n    for x in a:\n        g(x)\n", [0]),
    "nested_ifs": ("def f(a, b):\n    if a:\n        if b:\n            x()\n", [0]),
    "bool_ops": ("def f(a, b, c):\n    return a and b or c\n", [0]),
    "with": ("def f(m):\n    with m as x:\n        g(x)\n", [0]),
    "try_except": ("def f():\n    try:\n        a()\n    except E:\n        b()\n    c()\n", [0]),
}


def summary(code):
    return {
        "code": code.co_code.hex(),
        "linetable": code.co_linetable.hex(),
        "exceptiontable": code.co_exceptiontable.hex(),
        "stacksize": code.co_stacksize,
        "nconsts": len(code.co_consts),
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
        "flags": code.co_flags,
    }


def function(src, path):
    code = compile(src, "f", "exec")
    for i in path:
        code = code.co_consts[i]
    return summary(code)


out = {name: summary(compile(src, name, "exec")) for name, src in SOURCES.items()}
out.update({name: function(src, path) for name, (src, path) in FUNCTIONS.items()})
golden = pathlib.Path(__file__).resolve().parent.parent / "packages/compiler/test/golden"
(golden / "assemble.json").write_text(json.dumps(out, indent=1) + "\n")

# dis.stack_effect is compile.c's stack_effect(): [opcode, oparg, no-jump effect, jump effect].
effects = []
for name, num in opcode.opmap.items():
    for oparg in ([0, 1, 2, 3, 4, 5, 0x104, 15] if num >= opcode.HAVE_ARGUMENT else [None]):
        try:
            effects.append([num, oparg or 0, dis.stack_effect(num, oparg, jump=False),
                            dis.stack_effect(num, oparg, jump=True)])
        except ValueError:
            pass  # specialised or otherwise invalid in the compiler
(golden / "stack_effects.json").write_text(json.dumps(effects) + "\n")

# Whole programs stressing the optimiser and assembler (long jumps, >256 constants, loops,
# closures): their CodeJSON, compared with compile()'s by assemble_programs.test.ts.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from dump_code import code_to_json  # noqa: E402

for src in sorted((golden / "assemble_programs").glob("*.py")):
    rel = f"assemble_programs/{src.name}"
    code = compile(src.read_bytes(), rel, "exec")
    src.with_suffix(".code.json").write_text(json.dumps(code_to_json(code), indent=1) + "\n")
