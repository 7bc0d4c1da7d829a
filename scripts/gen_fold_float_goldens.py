"""Generate packages/compiler/test/fixtures/fold_float.json: folded float powers and int/int
divisions, each `x = <expr>` with the constants CPython 3.11's compile() gives (repr of each),
so a value that is not folded shows up as its operands instead.

CPython computes x ** y with the C library's pow (glibc's, not correctly rounded: the exact
halfway 10.0 ** 23 rounds up), and pyc-ts reproduces it, so the goldens are CPython's values.

Usage: python3 scripts/gen_fold_float_goldens.py
"""
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "packages", "compiler", "test", "fixtures", "fold_float.json")

EXPRS = (
    [f"10 ** -{k}" for k in range(1, 31)]
    + [f"10.0 ** {k}" for k in range(0, 31)]
    + [f"10.0 ** -{k}" for k in range(1, 31)]
    + [
        "2 ** -1074", "2 ** -1075", "3 ** -5", "7 ** -3", "(-2) ** -3", "(-3) ** -4", "True ** -1",
        "0 ** -1", "0.0 ** -1", "0.0 ** -1.5", "2 ** 0.5", "2 ** 0.5 * 2 ** 0.5", "10 ** 0.5", "2.0 ** -1074.5",
        "1.1 ** 100", "2.0 ** 1023", "2.0 ** 1024", "1e300 ** 1.1", "0.5 ** 1075", "(-1.5) ** 3",
        "(-8.0) ** (1/3)", "(-2.0) ** 0.5", "(-1e200) ** 1.5", "1.0 ** 1e308", "1e999 ** -1", "1e999 ** 0.5",
        "(-1e999) ** 3", "(-1e999) ** 2", "2 ** (10 ** 400)", "(10 ** 400) ** -1", "5 ** -0.5",
        "1 / 3", "7 / 10", "(2 ** 60 + 1) / 2 ** 7", "2 ** 100 / 3 ** 50", "(-1) / 7", "0 / -5", "1 / 0",
        "1 / 1" + "0" * 310, "3 / 1" + "0" * 323, "1 / 1" + "0" * 324, "1" + "0" * 400 + " / 3",
        "1" + "0" * 308 + " / 1.5",
    ]
)

rng = random.Random(311)
for _ in range(150):
    x = repr(rng.uniform(0.01, 100.0))
    EXPRS.append(f"{x} ** {repr(rng.uniform(-60.0, 60.0))}")
for _ in range(100):
    EXPRS.append(f"{repr(rng.uniform(0.5, 3.0))} ** {rng.randint(-400, 400)}")


def const_reprs(code) -> list[str]:
    return [repr(c) for c in code.co_consts]


def main() -> None:
    cases = []
    for expr in EXPRS:
        src = f"x = {expr}\n"
        code = compile(src, "<case>", "exec")
        consts = const_reprs(code)
        case = {"source": src, "consts": consts}
        cases.append(case)
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
