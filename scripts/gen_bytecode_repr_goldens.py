"""Write packages/bytecode/test/golden/repr.json: CPython 3.11's repr() of many values.

Floats are given by their IEEE bits (hex, big-endian) so the test sees exactly
the double CPython formatted. Strings and bytes cover quotes, escapes, control
characters, non-printable and astral code points and lone surrogates.

Usage: python3 scripts/gen_bytecode_repr_goldens.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

sys.path.insert(0, os.path.dirname(__file__))
from dump_code import const_to_json  # noqa: E402

rng = random.Random(311)


def bits(x):
    return struct.pack(">d", x).hex()


special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5,
           0.0001, 0.00001, 1.2345e-5, 123456789012345678.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, math.e, 1 / 3, 2 / 3, 100.0,
           123.456, 1e100, 1e-100, 12345678901234567.0, 0.3, 0.1 + 0.2, 4.35, 1e300 * 10, 3.0e-4, 0.001]
floats = list(special)
floats += [struct.unpack(">d", struct.pack(">Q", rng.getrandbits(64)))[0] for _ in range(1500)]
floats += [rng.uniform(-1e6, 1e6) for _ in range(300)]
floats += [round(rng.uniform(-1000, 1000), rng.randint(0, 6)) for _ in range(300)]
floats += [10.0 ** rng.randint(-30, 30) * rng.choice([1, 2, 5, 1.5, 9.75]) for _ in range(300)]
floats += [float(rng.getrandbits(rng.randint(1, 70))) for _ in range(200)]
floats = [f for f in floats if not math.isnan(f)] + [math.nan]

complexes = [(0.0, 1.0), (-0.0, 1.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 2.0), (1.5, -2.5), (0.0, 1e16),
             (1e16, 1e-5), (math.inf, math.nan), (math.nan, -math.inf), (1.0, math.nan), (-1.0, -0.0)]
complexes += [(rng.choice(floats), rng.choice(floats)) for _ in range(200)]

strings = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\\'", "\t\n\r", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad\xff", "é", "日本語", "\u2028\u2029", "\ufeff", "\U0001f600", "\U000e0001", "\U0010ffff",
           "\ud800", "\udfff", "a\ud83dz", "\u0378", "\u200b", "\u3000", " ", "\x0b\x0c", "\u00a0x", "tab\there"]
pool = [chr(c) for c in list(range(0, 0x300)) + [0x2028, 0xfeff, 0xd800, 0xdbff, 0xe000, 0xfffe, 0x1f600, 0x10ffff,
                                                 0xe0100, 0x1d400, 0x0600, 0x061c, 0x200e, 0x0e00, 0x0e3a]]
strings += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(400)]
strings += [chr(rng.randrange(0x110000)) for _ in range(1500)]

byte_strings = [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", bytes(range(256))]
byte_strings += [bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 10))) for _ in range(200)]


def sample_code():
    # Compiled under a relative name, so no machine path ends up in the golden.
    return compile("def f():\n    pass\n", "sample.py", "exec").co_consts[0]


consts = [None, True, False, Ellipsis, 0, -1, 10**40, -(2**63), (), (1,), (1, 2), ("a", (None, 1.5)), ((),),
          frozenset(), frozenset({1, 2, 3}), frozenset({"a"}), (frozenset({(1, 2)}),), 2j, b"x", sample_code()]

out = {
    "floats": [[bits(f), repr(f)] for f in floats],
    "complexes": [[bits(a), bits(b), repr(complex(a, b))] for a, b in complexes],
    "strings": [[s, repr(s)] for s in strings],
    "bytes": [[b.hex(), repr(b)] for b in byte_strings],
    "consts": [[const_to_json(c), repr(c)] for c in consts],
}
path = os.path.join(os.path.dirname(__file__), "..", "packages", "bytecode", "test", "golden", "repr.json")
with open(path, "w") as f:
    json.dump(out, f, indent=0, ensure_ascii=True)
    f.write("\n")
