"""Generate packages/compiler/test/fixtures/fold_float.json: folded float powers and int/int
divisions, each `x = <expr>` with the constants CPython 3.11's compile() gives (repr of each),
so a value that is not folded shows up as its operands instead.

CPython computes x ** y with the C library's pow, which glibc gets within 0.52 ulp rather
than correctly rounded: at an exact halfway result (10.0 ** 23) and in rare near-halfway
cases its result is one ulp from the correctly rounded one, which pyc-ts computes. For those
cases the golden is the correctly rounded value (from exact rationals or 60-digit decimals)
and the case is marked "libm": CPython's own value, for the record.

Usage: python3 scripts/gen_fold_float_goldens.py
"""
import decimal
import json
import math
import os
import random
import sys
from fractions import Fraction

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


def correctly_rounded_pow(x: float, y: float) -> float | None:
    """x ** y rounded once from the exact (integer y) or a 60-digit value; None when not applicable."""
    if not (math.isfinite(x) and math.isfinite(y)) or x <= 0:
        return None
    try:
        if y == int(y) and abs(y) <= 2000:
            return float(Fraction(x) ** int(y))
        with decimal.localcontext() as ctx:
            ctx.prec = 60
            return float(decimal.Decimal(x) ** decimal.Decimal(y))
    except (OverflowError, decimal.Overflow):
        return None


def const_reprs(code) -> list[str]:
    return [repr(c) for c in code.co_consts]


def main() -> None:
    cases = []
    for expr in EXPRS:
        src = f"x = {expr}\n"
        code = compile(src, "<case>", "exec")
        consts = const_reprs(code)
        case = {"source": src, "consts": consts}
        base, op, exp = None, None, None
        if " ** " in expr and expr.count(" ** ") == 1 and "*" not in expr.replace(" ** ", ""):
            try:
                base, exp = (float(eval(part)) for part in expr.split(" ** "))
            except OverflowError:
                base = None
        folded = len(code.co_consts) == 2  # the value and the module's None
        if base is not None and folded and isinstance(code.co_consts[0], float):
            want = correctly_rounded_pow(abs(base), exp)
            if want is not None and math.isfinite(want):
                if base < 0 and exp % 2 == 1:
                    want = -want
                if repr(want) != consts[0]:
                    case["libm"] = consts[0]
                    case["consts"] = [repr(want)] + consts[1:]
        cases.append(case)
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases, {sum('libm' in c for c in cases)} where glibc's pow is not correctly rounded")


if __name__ == "__main__":
    main()
