"""Generate packages/compiler/test/fixtures/compile_cases.json: small programs with
CPython 3.11's compile() result (CodeJSON) or the SyntaxError it raises.

Usage: python3 scripts/gen_compiler_cases.py
"""
import json
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
sys.path.insert(0, os.path.dirname(__file__))
from dump_code import code_to_json  # noqa: E402

CASES = {
    # constant folding (ast_opt.c)
    "fold_arith": "a = 2 ** 10 + 3 * 4 - 7 // 2 % 5\nb = 1 / 4\nc = -(3)\nd = ~5\ne = not 1\n",
    "fold_limits": "a = 2 ** 200\nb = 'ab' * 3000\nc = (1,) * 300\nd = 1 << 200\ne = 7 * 'x'\n",
    "fold_no_raise": "a = 1 / 0\nb = 'a' % 3\nc = 0 ** -1\nd = 'abc'[5]\n",
    "fold_containers": "x = 1\nx in [1, 2, 3]\nx not in {1, 2}\nx in [x, 2]\nt = (1, (2, 3), 'a')\ns = 'abc'[1]\nb = b'ab'[0]\n",
    "fold_complex": "z = 1 + 2j\nw = -1j\nv = 2j * 3\n",
    "fold_floats": "a = 7.5 // 2\nb = -7.5 % 2\nc = 2 ** -1\nd = (-8) ** (1/3)\ne = 1e308 * 10\n",
    "fold_not_compare": "a = b = 0\nnot a in b\nnot a is b\nnot a == b\n",
    "fold_docstring": "'a' + 'b'\nx = 1\n",
    "debug_const": "if __debug__:\n    x = 1\n",
    # str constants with a high surrogate followed by a low one as two code points (StrConst)
    "surrogate_pairs_fold": "x = '\\ud83d' + '\\ude00'\ny = '\\ud83d' '\\ude00'\nz = '\\ude00\\ud83d' * 2, 2 * '\\ud83d\\ude00'\nw = '\\ud83d\\ude00'[0], '\\ud83d\\ude00'[-1], '\\ud83d\\ude00'[0:1]\nv = not '\\ud83d\\ude00'\nu = ('\\ud83d\\ude00',) + ('\\U0001f600',)\nif '\\ud83d\\ude00':\n    t = 1\n",
    "surrogate_pairs_consts": "a = '\\ud83d\\ude00'\nb = '\\U0001f600'\nc = ('\\ud83d\\ude00', '\\U0001f600', '\\ud800\\udc00\\udbff\\udfff')\nd = e in {'\\ud83d\\ude00', '\\U0001f600', 'a', '\\ud83d' '\\ude00', '\\ud800\\udc00'}\nf = e in ['\\ud83d\\ude00', '\\ud800\\udc00']\ng = {'\\ud83d\\ude00': 1, '\\U0001f600': 2, '\\ud83d\\ude00\\ud83d': 3}\n",
    "surrogate_pairs_fstrings": "x = f'\\ud83d{y}\\ude00'\nx = f'\\ud83d' f'\\ude00{y}'\nx = '\\ud83d' f'\\ude00{y}'\nx = f'{y}\\ud83d' '\\ude00'\nx = f'{y:\\ud83d\\ude00}'\nx = '\\ud83d%s\\ude00' % (y,)\nx = '\\ud83d\\ude00%s%%\\ud83d' % (y,)\n",
    "surrogate_pairs_docstrings": "'\\ud83d\\ude00'\ndef f():\n    '\\ud83d' '\\ude00'\n    return 1\nclass C:\n    '\\ud83d\\ude00 doc'\n",
    "surrogate_pairs_annotations": "from __future__ import annotations\nx: f'\\ud83d\\ude00{y:\\ud83d\\ude00}' = 1\nz: '\\ud83d\\ude00'\nw: f'a{y:\\ud83d}\\ude00'\n",
    "surrogate_pairs_match": "match x:\n    case {'\\ud83d\\ude00': a, '\\U0001f600': b}:\n        pass\n    case '\\ud83d\\ude00' | '\\U0001f600':\n        pass\n",
    "err_match_duplicate_surrogate_pair_key": "match x:\n    case {'\\ud83d\\ude00': a, '\\ud83d' '\\ude00': b}:\n        pass\n",
    # names and scopes
    "scopes_closure": "def outer(a, b=2):\n    c = a\n    def inner(d):\n        nonlocal c\n        c += d\n        return c + b\n    return inner\n",
    "scopes_global": "g = 0\ndef f():\n    global g\n    g = g + 1\n    return g\n",
    "scopes_global_from_module": "def f():\n    global h\n    h = 1\nh = 2\nprint(h)\n",
    "lambda_defaults": "k = 3\nf = lambda x, y=2, z=k: x + y + z\ng = lambda: (lambda: k)\n",
    "docstrings": "'''module doc'''\ndef f():\n    'function doc'\n    return 1\ndef g():\n    return 2\n",
    # control flow
    "loops": "i = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        continue\n    if i > 7:\n        break\nelse:\n    i = -1\n",
    "bool_jumps": "a = b = c = 1\nif a and (b or not c):\n    pass\nx = a if b else c\ny = a and b or c\nif 1 < a < 3 < b:\n    pass\nz = 1 < a <= b\n",
    "augassign_all": "x = 5\n" + "".join(f"x {o}= 2\n" for o in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"]),
    "calls": "def f(a, b=1):\n    return a\nf(1)\nf(1, 2)\nprint(f(f(3)), 'x')\n",
    "for_loop": "t = 0\nfor i in [1, 2, 3]:\n    t += i\n    if t > 4:\n        break\nelse:\n    t = 0\n",
    "displays": "a = [1, 2, 3]\nb = (1, 2)\nc = {1: 'a', 2: 'b'}\nd = {1, 2, 3}\ne = [a, b]\nf = {a[0]: b}\ng = a[1:2]\n",
    "methods_keywords": "s = 'a,b'\nparts = s.split(',')\nprint(1, 2, sep='-', end='\\n')\nx = s.upper().lower()\n",
    "attributes_multiline": "import_ = 0\ns = 'a'\nq = (s.\n  upper)\nr = (s\n  .upper())\ns.x += 1\n",
    "imports": "import os\nimport os.path\nimport a.b.c as d\nimport x as y\nfrom m import p, q as r\nfrom . import s\nfrom ..t import *\ndef f():\n    import z\n    return z\n",
    "raise_assert_del": "def f(x):\n    assert x, 'no'\n    assert x > 1\n    if x:\n        raise ValueError(x) from None\n    del x\n    raise\nd = {}\nd[1] = 2\ndel d[1], d\n",
    "assert_compare": "a = 1\nassert 0 < a < 2\nassert a < 2\nassert not a < 2, 'm'\nx = 1 if a < 2 else 3\ny = 1 if 0 < a < 2 else 3\nwhile 0 < a < 2: a += 1\n",
    "classes": "class A:\n    'doc'\n    x = 1\n    def m(self, y=2):\n        return self.x + y\nclass B(A):\n    __p = 3\n    def m(self):\n        return super().m() + self.__p\n    def n(self):\n        return __class__\ndef f():\n    v = 1\n    class C:\n        w = v\n        def g(self):\n            return v\n    return C\n",
    "params_all": "def f(a, /, b, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\ng = lambda *a, k=1, **kw: (a, k, kw)\nclass K:\n    def m(self, *, __z=1):\n        return __z\n",
    "fstrings": "x = 3\ns = f'a{x}b{x!r:>{x}}c{x!s}{x!a}'\nt = f'{x}'\nu = f'{x:4}'\n",
    "try_except": "def f(x):\n    try:\n        y = 1 / x\n    except ZeroDivisionError as e:\n        print(e)\n        return 0\n    except (TypeError, ValueError):\n        y = 2\n    except:\n        raise\n    else:\n        y += 1\n    return y\nwhile True:\n    try:\n        break\n    except E:\n        continue\n",
    "import_calls": "import math\nimport os.path\nmath.floor(2.5)\nos.path.join('a')\ndef f():\n    import sys\n    return sys.exit(1), math.ceil(1)\n",
    "decorators": "def d(f):\n    return f\n@d\n@d\ndef g():\n    pass\n@d\nclass C:\n    @property\n    def p(self):\n        return 1\n",
    "comprehensions": "xs = [1, 2, 3]\na = [x * 2 for x in xs if x > 1]\nb = {x for x in xs for y in [x] if y}\nc = {x: x + 1 for x in xs}\nd = list(x for x in xs)\ndef f(n):\n    return [[i + j + n for j in range(i)] for i in range(n) if i if not i < 0]\n",
    "generators": "def g(n):\n    i = 0\n    while i < n:\n        x = yield i\n        i += 1\n    yield\n    return i\ndef h():\n    yield from g(3)\n    y = yield from [1]\n    return y\n",
    "try_finally": "def f(x):\n    try:\n        return g(x)\n    finally:\n        print('done')\ndef h(x):\n    for i in x:\n        try:\n            if i:\n                break\n            continue\n        except E as e:\n            return 1\n        else:\n            pass\n        finally:\n            x = 2\n    try:\n        pass\n    finally:\n        return 3\n",
    "starred": "a = [1, *b, 2]\nt = (*a,)\ns = {*a, 1}\nd = {'x': 1, **c, 'y': 2, 3: 4}\ne = {**c}\nf(*a)\nf(1, *a, k=1)\nf(**d)\nf(x=1, **d, y=2, z=3)\nf(*a, *t, **d, **e)\nx, *y, z = a\n*p, = a\n[q, *r] = a\nbig = f(" + ", ".join(str(i) for i in range(40)) + ")\nbigl = [" + ", ".join("v" for i in range(40)) + "]\n",
    "with_walrus": "def f(p):\n    with open(p) as fh, g() as (a, b):\n        data = fh.read()\n    with h():\n        if (n := len(data)) > 1:\n            return n\n    for i in p:\n        with h():\n            break\n    return data\n",
    "annotations": "x: int = 1\ny: 'str'\nz.a: int\nz[1:2, 3]: int\n(w): int = 2\nclass C:\n    __p: int = 3\n    q: list\ndef f(a: int, *b: str, c: 'x' = 1, **d: float) -> None:\n    v: int = a\n    u: int\n    return v\nif x:\n    k: int = 0\n",
    "set_dupes": "s = {3, 1, 2, 3}\nt = {1, True, 1.0, 2}\nx in {1, 2, 2}\n",
    "async_def": "async def f(x):\n    y = await x\n    return y\nasync def agen():\n    yield 1\n    await f(2)\n",
    "percent_format": "a = b = 1\nx = 'Use %s() or %s to exit' % (a, b)\ny = '%r and %-5s, %5.2a %%' % (a, b, a)\nz = '%d' % (a,)\nw = '%s %s' % (a,)\nv = '%s' % (a, b)\nu = '%123s' % (a,)\nt = '%s' % (*a,)\n",
    "big_dict": "d = {\n" + "".join(f"    '{i}': v{i},\n" for i in range(20)) + "}\nf(" + ", ".join(f"k{i}=v" for i in range(20)) + ", **d)\n",
    "return_tails": "def f():\n    'doc'\n    return g(**k)\ndef h():\n    'doc'\n    return g()\n    x = 5\ndef r():\n    'doc'\n    raise g(**k)\ndef w():\n    'doc'\n    while x:\n        return 1\n        y = 2\n    return g(**k)\n",
    "unpack": "a, b = 1, 2\na, b = b, a\n[c, d] = 'xy'\n",
    # pattern matching (compiler_match, compiler_pattern_*)
    "match_values": "def f(x):\n    match x:\n        case 1 | 2:\n            return 'small'\n        case -1 | 1+2j | 'a' 'b' | b'x':\n            return 'literal'\n        case None:\n            return None\n        case True:\n            return 1\n        case C.D:\n            return 2\n        case _:\n            return 'other'\n",
    "match_sequences": "def f(x):\n    match x:\n        case []:\n            return 0\n        case [a, b, *rest] if a > b:\n            return a, b, rest\n        case [a, *_, b]:\n            return a, b\n        case [*_, b]:\n            return b\n        case [_, *_, _] | (_,):\n            return 2\n        case [*a]:\n            return a\n",
    "match_mappings": "match x:\n    case {}:\n        pass\n    case {'k': v, **kw}:\n        print(v, kw)\n    case {'k': v, 1: w, C.D: _}:\n        print(v, w)\n    case {**rest}:\n        print(rest)\n",
    "match_classes": "class K:\n    match x:\n        case Point(x=0, y=yy) | Point(yy, 1):\n            __c = yy\n        case str() as s if s:\n            pass\n        case C(__a=__b, d=[e, *f]):\n            pass\n",
    "match_or_reorders": "match x:\n    case [a, b, c] | [c, b, a] | [b, c, a]:\n        print(a, b, c)\n    case ({1: a} | {2: a}) | [a]:\n        print(a)\n    case (p, q) | [q, p]:\n        print(p)\n",
    "match_default_only": "match x:\n    case _:\n        pass\nmatch y:\n    case _ if y:\n        pass\nmatch z:\n    case (1, 2) if z:\n        pass\n    case _ if y:\n        pass\n    case w:\n        pass\n",
    "err_match_capture_unreachable": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "err_match_wildcard_unreachable": "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "err_match_or_irrefutable": "match x:\n    case a | b:\n        pass\n",
    "err_match_or_wildcard_first": "match x:\n    case _ | 1:\n        pass\n",
    "err_match_repeated_name": "match x:\n    case [a, a]:\n        pass\n",
    "err_match_repeated_rest": "match x:\n    case {'k': a, **a}:\n        pass\n",
    "err_match_repeated_after_or": "match x:\n    case (a as b) as a:\n        pass\n",
    "err_match_or_different_names": "match x:\n    case [a] | [b]:\n        pass\n",
    "err_match_or_fewer_names": "match x:\n    case [a, b] | [a]:\n        pass\n",
    "err_match_fstring_key": "match x:\n    case {f'x': 1}:\n        pass\n",
    "err_match_fstring_value": "match x:\n    case f'x':\n        pass\n",
    "err_match_duplicate_key": "match x:\n    case {1: a, True: b}:\n        pass\n",
    "err_match_duplicate_str_key": "match x:\n    case {'a': a, 'a': b}:\n        pass\n",
    "err_match_two_stars": "match x:\n    case [*a, *b]:\n        pass\n",
    "err_match_repeated_attribute": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "err_match_debug_attribute": "match x:\n    case C(__debug__=1):\n        pass\n",
    "err_match_debug_capture": "match x:\n    case [*__debug__]:\n        pass\n",
    # async for, async with, asynchronous comprehensions (compiler_async_for, compiler_async_with,
    # compiler_async_comprehension_generator)
    "async_for_loops": "async def f(y):\n    async for x in y:\n        if x:\n            break\n        continue\n    else:\n        return 0\n    async for x in y:\n        return x\n",
    "async_with_items": "async def f(a, b, y):\n    async with a as x, b:\n        print(x)\n    for i in y:\n        async with a as (p, q):\n            if p:\n                break\n            return q\n",
    "async_comprehensions": "async def f(y, z):\n    a = [x async for x in y]\n    b = {x: w async for x in y if x for w in z async for v in x}\n    c = {await x for x in y}\n    d = (x async for x in y)\n    return [[z async for z in x] for x in y]\ndef g(y):\n    return (await x for x in y)\n",
    "err_async_generator_return_value": "async def f():\n    return [x async for x in y if await x]\n    yield 1\n",
    "err_async_for_outside": "def f():\n    async for x in y:\n        pass\n",
    "err_async_with_outside": "async with x:\n    pass\n",
    "err_async_comprehension_in_lambda": "async def f():\n    return lambda: [await x for x in y]\n",
    # try/except* (compiler_try_star_except)
    "try_star": "try:\n    f()\nexcept* ValueError as e:\n    print(e)\nexcept* (TypeError, KeyError):\n    print(2)\nelse:\n    print(3)\nfinally:\n    print(4)\n",
    "try_star_nested_loops": "def g():\n    try:\n        f()\n    except* E:\n        for x in y:\n            break\n        while x:\n            continue\n        def h():\n            return 2\n",
    "err_try_star_break": "for x in y:\n    try:\n        f()\n    except* E:\n        break\n",
    "err_try_star_return": "def g():\n    try:\n        f()\n    except* E:\n        return 1\n",
    "err_try_star_return_in_finally": "def g():\n    for x in y:\n        try:\n            f()\n        except* E as e:\n            try:\n                pass\n            finally:\n                return 3\n",
    "err_try_star_break_in_with": "for x in y:\n    try:\n        f()\n    except* E:\n        with a:\n            break\n",
    "import_mangled": "class A:\n    def f():\n        import __m\n        import __p.q\n        from __r import __s\n",
    # from __future__ import ... (future.c; annotations as strings through ast_unparse.c)
    "future_flags": "'doc'\nfrom __future__ import barry_as_FLUFL, division\nfrom __future__ import generator_stop\ndef f():\n    yield 1\nclass K:\n    g = lambda: [y for y in z]\n",
    "future_annotations": "from __future__ import annotations\ndef f(p: list[int], *q: a | b, r: 'x' = 1, **s: -1) -> lambda x, /, *, y=2: x:\n    t: {k: v for k, v in z}\nx: f(a, *b, c=1, **d) if e else (1,)\nx.y: z\nclass C:\n    __m: f'{a!r:>{w}}' = 1\n    n: 1e999j\n",
    "future_annotations_scopes": "from __future__ import annotations\ndef f():\n    x = 1\n    def g(a: x) -> x: pass\n    y: x = 2\n    class C:\n        z: x\n    return g\n",
    "future_annotation_walrus_in_comprehension": "from __future__ import annotations\nx: [(y := 1) for i in z]\ndef f(a: [(w := 1) for i in z]):\n    b: [(u := 1) for i in z]\n    return u\nprint(y)\n",
    "err_future_annotation_walrus_in_class": "from __future__ import annotations\nclass C:\n    q: [(v := 1) for i in z]\n",
    "err_future_braces": "from __future__ import braces\n",
    "err_future_undefined": "from __future__ import annotations, nope\n",
    "err_future_late": "'doc'\nx = 1\nfrom __future__ import annotations\n",
    "err_future_late_same_line": "from __future__ import annotations; import os; from __future__ import division\n",
    "err_future_in_function": "def f():\n    from __future__ import annotations\n",
    "err_future_annotation_yield": "from __future__ import annotations\ndef f(a: (yield)): pass\n",
    "err_future_annotation_walrus": "from __future__ import annotations\nx: (y := 1)\n",
    "err_future_annotation_await": "from __future__ import annotations\nasync def f():\n    x: await y\n",
    "err_comprehension_iterable_walrus_in_lambda": "[x for x in (lambda: (y := 1))()]\n",
    # ... and the parser's errors for the same constructs (invalid_try_stmt, invalid_except_stmt, subject_expr)
    "err_except_star_no_type": "try:\n    pass\nexcept* :\n    pass\n",
    "err_except_star_no_type_newline": "try:\n    pass\nexcept*\n    pass\n",
    "err_except_then_except_star": "try:\n    pass\nexcept E:\n    pass\nexcept *F as g:\n    x x\n",
    "err_except_star_then_except": "try:\n    pass\nexcept* E:\n    pass\nexcept:\n    pass\n",
    "err_match_starred_subject": "match *a:\n    case 1:\n        pass\n",
    "match_starred_subjects": "match *a, b:\n    case [*_]:\n        pass\nmatch *a\n",
    "interactive_annotation": ("x: int\n", "single"),
    # forbidden_name: __debug__ is never bound
    "err_debug_assign": "__debug__ = 1\n",
    "err_debug_delete": "del __debug__\n",
    "err_debug_keyword": "f(__debug__=1)\n",
    "err_debug_method_keyword": "o.m(__debug__=2)\n",
    "err_method_keyword_repeated": "o.m(a=1, a=2)\n",
    "err_debug_attribute": "x.__debug__ = 1\n",
    "err_debug_annotated_attribute": "x.__debug__: int\n",
    "err_debug_parameter": "def f(*, __debug__): pass\n",
    "err_debug_lambda_parameter": "lambda __debug__: 1\n",
    "err_debug_import": "import m as __debug__\n",
    "err_debug_except_name": "try:\n    pass\nexcept E as __debug__:\n    pass\n",
    # symtable and compiler errors
    "err_param_global": "def f(x):\n    global x\n",
    "err_use_before_global": "def f():\n    print(x)\n    global x\n",
    "err_assign_before_nonlocal": "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "err_nonlocal_module": "x = 1\nnonlocal x\n",
    "err_nonlocal_at_module": "nonlocal x\n",
    "err_import_star_in_function": "def f():\n    from m import *\n",
    "err_yield_outside": "x = 1\nyield x\n",
    "err_two_stars": "a, *b, *c = d\n",
    "err_star_alone": "x = *a\n",
    "err_await_outside_async": "def f():\n    await x\n",
    "err_no_binding": "def f():\n    nonlocal y\n",
    "err_return_outside": "x = 1\nreturn x\n",
    "err_break_outside": "if 1:\n    break\n",
    "err_continue_outside": "def f():\n    continue\n",
    "err_duplicate_arg": "def f(a, b, a):\n    pass\n",
    "err_nonlocal_global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
}


def case(source, mode):
    try:
        code = compile(source, "<case>", mode)
    except SyntaxError as e:
        return {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                          "end_lineno": e.end_lineno, "end_offset": e.end_offset}}
    return {"code": code_to_json(code)}


def main():
    out = {}
    for name, src in CASES.items():
        # A case is its source, or (source, mode) for another mode than exec.
        src, mode = (src, "exec") if isinstance(src, str) else src
        out[name] = {"source": src, **({"mode": mode} if mode != "exec" else {}), **case(src, mode)}
    path = os.path.join(os.path.dirname(__file__), "..", "packages", "compiler", "test", "fixtures", "compile_cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
