"""Writes CPython 3.11's AST dumps and SyntaxError output for the parser fixtures.

For packages/compiler/test/fixtures/parse/NAME.py: NAME.ast.txt is `python3 -m ast -a`
(ast.dump with indent=3 and attributes). For fixtures/syntaxerror/NAME.py:
NAME.err.txt is what `python3 NAME.py` prints on stderr (run with the fixture's
bare file name so the output doesn't depend on this checkout's path). fixtures/compile_errors.json
and fixtures/type_comments.json: what CPython does with the small inputs of MODE_CASES and
TYPE_COMMENT_CASES below.
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

# compile(str, 'x.py', mode) of small inputs (or of their UTF-8 bytes, where marked): what CPython
# raises (or 'ok'), for the cases a file cannot express (single and eval mode, str input with a BOM).
MODE_CASES = [
    ('', 'single'), ('\n', 'single'), ('#c', 'single'), ('\n\n', 'single'), ('# c\n', 'single'), ('\n ', 'single'),
    ('   ', 'single'), ('1\n', 'single'), ('if 1:\n  x\n', 'single'), ('x = 1\ny = 2\n', 'single'),
    ('x = 12345\ny\n', 'single'), ('if 1:\n  x\ny\n', 'single'), ('x\n\ny\n', 'single'), ('x;y\n', 'single'),
    ('def f():\n  return 1\n\n', 'single'), ('x\n ', 'single'), ('\ufeffx', 'exec'), ('x = 1\n\\\n', 'exec'),
    ('x\\\n', 'exec'), ('\U000317d0 = 1', 'exec'), ('\ufb01 = 1', 'exec'), ('a\u00a0= 1', 'exec'), ('x = 1 \u20ac', 'exec'),
    ('*y', 'eval'), ('x y', 'eval'), ('1\n\n', 'eval'),
    ('[x := 1 for x in y]', 'exec'), ('[i for i in (j := y)]', 'exec'), ('class C:\n  [z := 1 for q in y]\n', 'exec'),
    ('[(i := 0) for i, j in y]', 'exec'), ('[[(j := 0) for i in y] for j in z]', 'exec'), ('[a for a in b if (c := a)]', 'exec'),
    ('x = 12abc\n', 'exec'), ('x = 0x1g\n', 'exec'), ('x = 0x_\n', 'exec'), ('y = 3.14j2\n', 'exec'), ('x = 1__0\n', 'exec'),
    ('x = 1e+\n', 'exec'), ('x = 12e\n', 'exec'), ('x = 123\u00e9\n', 'exec'), ('x = 0o18\n', 'exec'), ('x = 1if 1 else 2\n', 'exec'),
    ('\\\n\n', 'exec'), ('if 1:\n  \\\n  x\n', 'exec'), ('if 1:\n  x\n \\\n y\n', 'exec'), ('x = 1\n\\\ny = 2\n', 'exec'),
    ('x=1\n     y\n', 'exec'), ('x=1\n   \\\n  y\n', 'exec'), ('if x:\n  pass\n\t    y\n', 'exec'), ('x = 1\n\x0c   y\n', 'exec'),
    ('x = 1 # c\ny = 2\n', 'single'), ('x = 1  # c\n# d\ny\n', 'single'), ('if 1:\n  x  # c\ny\n', 'single'),
    ('(b=10)\n', 'exec'), ('sorted(([3,1,2], reverse=True))\n', 'exec'), ('[x, y=1]\n', 'exec'), ('(a.b=1)\n', 'exec'),
    ('{a=1}\n', 'exec'), ('x[a=1]\n', 'exec'), ('f(a=1)\n', 'exec'), ('[a = (\n', 'exec'), ('x[a = (1, [\n', 'exec'),
    ('a+1:=3\n', 'exec'), ('(a) := 3\n', 'exec'), ('a, b := 1\n', 'exec'), ('a, f() := 1\n', 'exec'), ('x = 1; a.b := 1\n', 'exec'),
    ('yield x := 1\n', 'exec'), ('*a := 1\n', 'exec'), ('print(f() := 1)\n', 'exec'), ('(yield) := 1\n', 'exec'),
    ('a+1:\n', 'exec'), ('f():\n', 'exec'), ('a, b:\n', 'exec'), ('(a+1):\n', 'exec'), ('a.b:\n', 'exec'), ('a+1: in\n', 'exec'),
    ('[(a) := 3]\n', 'exec'), ('(a+1) = 2\n', 'exec'), ('x = (a+1) = 2\n', 'exec'), ('del (a+1)\n', 'exec'), ('((a)) := 1\n', 'exec'),
    ('f((a)=1)\n', 'exec'), ('(a+1) += 1\n', 'exec'), ('with x as (a+1): pass\n', 'exec'), ('(None) = 1\n', 'exec'), ('if (None) = 1: pass\n', 'exec'),
    ('for x y in z: pass\n', 'exec'), ('[a for x y in z]\n', 'exec'), ('for x\n', 'exec'), ('[a for x]\n', 'exec'),
    ('f(a for x y in z)\n', 'exec'), ('for x = 1: pass\n', 'exec'),
    ('class A:\n  @dec\nx\n', 'exec'), ('class A:\n  @dec\n', 'exec'), ('class A:\n  @dec', 'exec'), ('class A:\n  @dec\n  # c\n', 'exec'),
    ('if 1:\n  pass\n  @d\n', 'exec'), ('if 1:\n  x = 1\n  if 2:\n    y\n  else:\nz\n', 'exec'), ('if 1:\n', 'exec'), ('if 1:', 'exec'),
    ('if 1:\n  x = 1\n  if 2:\n    y\n  else:\n', 'exec'), ('def f():\n  if x:\n', 'exec'),
    ('(** 2 - 1)\n', 'exec'), ('f(a, (** b))\n', 'exec'), ('(** a, b)\n', 'exec'), ('(**)\n', 'exec'),
    ('def f(a=):\n  pass\n', 'exec'), ('def f(a=, b=2):\n  pass\n', 'exec'), ('lambda x=, y: 1\n', 'exec'), ('lambda x=: 1\n', 'exec'),
    ('def g(x, /, y=2, *rest, z=x 3, **kw):\n  pass\n', 'exec'), ('def f(a b):\n pass\n', 'exec'), ('def f(a: int str):\n pass\n', 'exec'),
    ('def f(a, *b c):\n pass\n', 'exec'), ('lambda a=1 2: 1\n', 'exec'),
    ('print(x[])\n', 'exec'), ('x[]\n', 'exec'), ('f(x[] + 1)\n', 'exec'), ('x = [a[] for x in y]\n', 'exec'), ('f(a[,])\n', 'exec'),
    ('{1: 2, "age" 30}\n', 'exec'), ('{1: *a}\n', 'exec'), ('{1: 2, 3: *a, 4: 5}\n', 'exec'), ('{1: }\n', 'exec'), ('{1: 2, 3: }\n', 'exec'),
    ('def f(a, *, if b):\n  pass\n', 'exec'), ('lambda *: 1\n', 'exec'), ('lambda *, **k: 1\n', 'exec'), ('lambda *,: 1\n', 'exec'),
    ('x if x:\n  pass\n', 'exec'), ('x = a if b:\n', 'exec'),
    ('print(print print("x"))\n', 'exec'), ('f(print x)\n', 'exec'), ('x = print x; y\n', 'exec'), ('if print x: pass\n', 'exec'),
    ('f(print x y)\n', 'exec'), ('print x, y z\n', 'exec'), ('a.print x\n', 'exec'), ('[x for x in print y]\n', 'exec'),
    ('for x in print y: pass\n', 'exec'), ('if x in print y: pass\n', 'exec'), ('x += print y\n', 'exec'), ('not print x\n', 'exec'),
    ('f(m 1)\n', 'exec'), ('f(cas 1)\n', 'exec'), ('f(matchx 1)\n', 'exec'), ('f(c.x 1)\n', 'exec'), ('f(x.c 1)\n', 'exec'),
    ('print((1 + 2j)conjugate())\n', 'exec'), ('f(((a)) b)\n', 'exec'), ('f((a, b) c)\n', 'exec'), ('f((yield) c)\n', 'exec'),
    ('del * d[2]\n', 'exec'), ('del a, *b\n', 'exec'), ('del a, *\n', 'exec'), ('del (a, *b)\n', 'exec'), ('del x; del *a\n', 'exec'),
    ('(i, j) *rest = 1\n', 'exec'), ('[a] + b = 1\n', 'exec'), ('None + 1 = 2\n', 'exec'), ('(None) + 1 = 2\n', 'exec'),
    ('True.x + 1 = 2\n', 'exec'), ('if (a, b) + c = 1: pass\n', 'exec'), ('[a for a in b] + 1 = 2\n', 'exec'),
    ('a = 23\n( b = 5\nprint(a + b)\n', 'exec'), ('( b = 5\n', 'exec'), ('[ n = 27\nsteps = 0\n', 'exec'), ('m[1[2] = 5\nm[2][0] += 7\n', 'exec'),
    ('if x = 1 +:\n pass\n', 'exec'), ('if x = -1 + f(2)[3].y ** 2:\n pass\n', 'exec'), ('if x = a b:\n pass\n', 'exec'),
    ('[a = (1)\n', 'exec'), ('[a = (1)', 'exec'), ('if x = (1) + 2:\n pass\n', 'exec'), ('if x = [1] y:\n pass\n', 'exec'),
    # Tokenizer errors CPython raises at once still give way to an unexpected indent found first.
    ('printa,\n      b)\n', 'exec'), ('x = 1\n  y = )\n', 'exec'), ('x = = )\n', 'exec'), ('x y = 1 ]\n', 'exec'),
    # Tokenizer errors CPython raises only when the parser asks for the token: an earlier parser error stands.
    ('if x:\n      = 1\n    y\n', 'exec'), ('if x:\n      x = 1 +\n    y\n', 'exec'), ('x = = 1 \\ y\n', 'exec'),
    ('x = 1 \\ y\n', 'exec'), ('x = (= 1 \\ y\n', 'exec'), ('x = [1,\n 2 \\ y\n', 'exec'), ('x = 1\\', 'exec'),
    ('x = (1\\', 'exec'), ('if 1:\n\tx = = 1\n        y\n', 'exec'), ('if x:\n      x = [1 +\n    y\n', 'exec'),
    # An assignment with an invalid target: invalid_named_expression's check of the first item comes first.
    ('x = 1 if 2 else 3 = 4\n', 'exec'), ('f() = 1 if 2 else 3 = 4\n', 'exec'), ('x = y = 1 if 2 else 3 = 4\n', 'exec'),
    ('(a) = 1 if 2 else 3 = 4\n', 'exec'), ('[a] = 1 if 2 else 3 = 4\n', 'exec'), ('f() = a < b\n', 'exec'), ('f() = 1, 2\n', 'exec'),
    ('a, f() = 1\n', 'exec'), ('f() = yield\n', 'exec'), ('x = f() = a < b\n', 'exec'), ('if a < b = 1: pass\n', 'exec'),
    ('(yield) = 1\n', 'exec'), ('x = (yield) = 1\n', 'exec'), ('a, (yield) = 1\n', 'exec'), ('x = yield = 1\n', 'exec'),
    ('f() = 1\\n\n', 'exec'), ('if x = 1\\n\n', 'exec'),
    # Items running on without a comma outside brackets: invalid_assignment reads on across the gaps.
    ('a, b c = "ab"\n', 'exec'), ('a, b c d = 1\n', 'exec'), ('a, b c: int\n', 'exec'), ('a, *b c = 1\n', 'exec'),
    ('a, b c, *d e = f\n', 'exec'), ('*a, b c: int\n', 'exec'), ('a, b f() = 1\n', 'exec'), ('a, b c = 1 = 2\n', 'exec'),
    ('for x in y: a, b c = 1\n', 'exec'), ('x, y z = 1\\n\n', 'exec'), ('x = a b = 1\n', 'exec'),
    ('a, b print "x"\n', 'exec'), ('x = a b print "x"\n', 'exec'), ('a b print "x"\n', 'exec'), ('[a print "x"]\n', 'exec'),
    ('[x for x in a print "x"]\n', 'exec'), ('x = a.b print "x"\n', 'exec'),
    # A condition cut short: CPython's disjunction ends before the incomplete operation.
    ('z = (x if x < < 0 else -x)\n', 'exec'), ('y = x * 2 if x > > 3 else x - 2\n', 'exec'), ('y = a if x < f(a, b + ) else 1\n', 'exec'),
    ('y = a if x and else 1\n', 'exec'), ('y = a if x.  else 1\n', 'exec'), ('f(a if x < < 0)\n', 'exec'), ('y = (a) if x < < 0 else 1\n', 'exec'),
    ('y = a if (x) < < 0 else 1\n', 'exec'), ('y = lambda: a if x < < 0 else 1\n', 'exec'), ('y = a, b if x < < 0 else 1\n', 'exec'),
    ('[a for a in b if x < < 0]\n', 'exec'), ('y = a if not < 0 else 1\n', 'exec'), ('if x < < 1: pass\n', 'exec'),
    # '*' after keyword arguments (CPython's kwargs: keywords and *a, then keywords and **m).
    ('f(*a, * *b)\n', 'exec'), ('f(x=1, * *b)\n', 'exec'), ('f(a, * *b)\n', 'exec'), ('f(*a, *)\n', 'exec'), ('f(a, *)\n', 'exec'),
    ('f(*a, b, * *c)\n', 'exec'), ('f(a, *b, * *c)\n', 'exec'), ('f(a, x=1, * *c)\n', 'exec'), ('f(**k, *a, * *b)\n', 'exec'),
    ('class A(x=1, * *b): pass\n', 'exec'), ('def f(x=1, * *b): pass\n', 'exec'), ('f(x=1, *a, **k, * *b)\n', 'exec'),
    # Where errors end: tokenizer errors without an end (0), an error token's own range, a NEWLINE's (its comment).
    ('f(\n', 'exec'), ('x = 1 $\n', 'exec'), ('x = 1 <> 2\n', 'exec'), ('x = 0777\n', 'exec'), ('x = 00_07\n', 'exec'),
    ('if 1:\n\tx\n        y\n', 'exec'), ('if 1:\n  x\n y\n', 'exec'), ('x = 1 +\\', 'exec'), ('a.b: # c\n', 'exec'),
    ('if x # c\n', 'exec'), ('x = 1 + # c\n', 'exec'),
    # "Perhaps you forgot a comma?" after an unpacking only where its operand is an expression.
    ('print([*a, *b b, 5])\n', 'exec'), ('[*a b]\n', 'exec'), ('f(*a b)\n', 'exec'), ('f(**a b)\n', 'exec'), ('{**a b}\n', 'exec'),
    ('{1: 2, **d2 d2}\n', 'exec'), ('(**a b)\n', 'exec'), ('(1, *a b)\n', 'exec'), ('x[1, *a b]\n', 'exec'), ('x = *a b\n', 'exec'),
    # ... after a `not` that is no `not in`, and before a display a subscript can't be.
    ('print(-x, +x, ~x not x)\n', 'exec'), ('print(not 0, not 1 not "", 2)\n', 'exec'), ('f(a not)\n', 'exec'),
    ('print(x [f() for f in fs])\n', 'exec'), ('print(x[])\n', 'exec'), ('x [a for a in b]\n', 'exec'), ('[x [1 for]]\n', 'exec'),
    # invalid_assignment raises at the '=' after an invalid target, before reading on.
    ('"abc"= .index("z")\n', 'exec'), ('"abc" = \n', 'exec'), ('x = f() = a b\n', 'exec'), ('x = (a b) = f() = 1\n', 'exec'),
    # invalid_kwds and its order among the parameters' errors.
    ('def f(**b=1, c): pass\n', 'exec'), ('def f(*, **b=1): pass\n', 'exec'), ('lambda **b=2: 1\n', 'exec'),
    ('def f(a=1, b, **c=1): pass\n', 'exec'), ('def f(**b, *c): pass\n', 'exec'), ('def f(**b, **c): pass\n', 'exec'),
    # invalid_comprehension and invalid_dict_comprehension.
    ('[a, b for v in vals]\n', 'exec'), ('{a, b, for x in y}\n', 'exec'), ('[a, for v in vals]\n', 'exec'), ('[a, b for v in]\n', 'exec'),
    ('(a, b for v in vals)\n', 'exec'), ('[*a for v in vals]\n', 'exec'), ('(*a for v in vals)\n', 'exec'), ('[*a for v in *b]\n', 'exec'),
    ('{**a for v in x}\n', 'exec'), ('[x for in z]\n', 'exec'),
    # Errors in f-string fields: within the field's "(expr)" text, on its line.
    ('f"{a b}"\n', 'exec'), ('x = f"{a + }"\n', 'exec'), ('x = f"""\n{a + }"""\n', 'exec'), ('f"{*a}"\n', 'exec'),
    ('f"{lambda x: 1}"\n', 'exec'), ('f"{[a, b for x in y]}"\n', 'exec'), ('x = f"{x:{a + }}"\n', 'exec'), ('f\'{f"{a b}"}\'\n', 'exec'),
    ('f"{print 1}"\n', 'exec'), ('f"{a!}"\n', 'exec'), ('f"{a!:x}"\n', 'exec'), ('f"{a!"\n', 'exec'), ('x = f"{\\n}"\n', 'exec'),
    ('f"{a#}"\n', 'exec'), ('f"\\{"\n', 'exec'), ('f"{a}\\}"\n', 'exec'), ('x = 1\ny = f"{1_}"\n', 'exec'),
    ('x = f"""{\na b}"""\n', 'exec'), ('x = 1\ny = f"""{a\n+}"""\n', 'exec'),
    # A `for` target that is none: invalid_for_target, or where the first pass's star_targets stopped.
    ('for ch ** in "abc": pass\n', 'exec'), ('for i* , v in enumerate(seq): pass\n', 'exec'), ('for f() ** in x: pass\n', 'exec'),
    ('for a, f() d in x: pass\n', 'exec'), ('[x for a ** in y]\n', 'exec'), ('for a b in x: pass\n', 'exec'), ('for (a, b c) in x: pass\n', 'exec'),
    # invalid_arguments' `args ',' args`: a positional argument after keywords, however it goes on.
    ('f(a=1, b** =2)\n', 'exec'), ('f(a=1, c c=2)\n', 'exec'), ('f(**k, b +)\n', 'exec'), ('f(a=1, *b, c +)\n', 'exec'),
    ('f(a=1, b=2 c)\n', 'exec'), ('print(1, sep="" end="")\n', 'exec'),
    # The clauses of a comprehension that can't be one run on past an unclosed bracket: its error wins.
    ('pets = [Animal("gen"), Dog("rex")\nfor p in pets:\n    print(p)\n', 'exec'),
    # An error in an f-string's field comes before the errors the parse meets further on.
    ('x = f"{a b}"\n1 +\n', 'exec'), ('x = f"{a b}" +\n', 'exec'), ('x = (f"{a b}" 1)\n', 'exec'), ('x = f"{a b}"; y = (\n', 'exec'),
    ('print f"{a b}"\n', 'exec'), ('print(f"{a b}"\n', 'exec'), ('print(f"{a b}",\n', 'exec'), ('x = f"{a:{b c}}" +\n', 'exec'),
    # for_if_clauses as far as they go.
    ('[*a for v in vals if]\n', 'exec'), ('[a, b for v in x if y z]\n', 'exec'), ('x = [a, b for v in x if\n', 'exec'),
    # Columns past non-ASCII text: the tokenizer's errors count code points; the parser's count them
    # for a str (and bytes with a cookie or BOM) but UTF-8 bytes for other bytes; the compiler's
    # always count bytes; leading zeros' range is given in bytes.
    *[(src, 'exec', as_bytes) for as_bytes in (False, True) for src in (
        "x = '\U0001F600' + (1]\n", "x = '\U0001F600' + 1]\n", "x = '\U0001F600' + (1\n", "x = '\U0001F600' + 'abc\n",
        "x = '\U0001F600' + 012\n", "x = '\U0001F600' + $\n", "x = '\U0001F600' + \u20ac\n", "x = '\U0001F600' + \\ 1\n",
        "x = '\U0001F600' + 1 1\n", "x = '\xe9\xe9' + 1.e\n", "x = '\xe9' \\\n", "x = '\xe9\xe9'; (a, b) += 1\n",
        "x = '\U0001F600'; return 1\n", "def f():\n    x = '\U0001F600'; nonlocal y\n", "x = '\xe9'; f(**a, *b)\n",
        "x = '\xe9'; f(x for x in y, 1)\n", "f'{\xe9\xe9\xe9 b}'\n", "x = '\xe9'; f'''{\n\xe9\xe9\xe9 b}'''\n",
        "def f():\n    x = '\xe9\xe9\xe9\xe9'\n  y = 1\n", "try:\n    x = '\xe9\xe9'\n")],
    # Strings that don't decode: the codec's message, positions in the copy CPython decodes (a
    # non-ASCII character as a 10-byte \U escape), raised at the token after the strings.
    ('x = "C:\\Users\\me"\n', 'exec'), ("x = '\\N{foo}' + 1\n", 'exec'), ("x = ('\\N{foo}'\n 'a')\n", 'exec'),
    ("x = b'a\\x1' + 1\n", 'exec'), ("x = '\xe9\\x1g'\n", 'exec'), ("x = '\\\xe9\\x1'\n", 'exec'), ("x = '\\N{}'\n", 'exec'),
    ("x = '\\Nx'\n", 'exec'), ("x = '\\N{foo'\n", 'exec'), ("x = '\\U00110000'\n", 'exec'), ("x = f'\\N{foo' 'a'\n", 'exec'),
    ("x = f'{a}\\x1' + 1\n", 'exec'), ("x = f'{a:\xe9\\x1}'\n", 'exec'), ("x = f'a{{b\\x1'\n", 'exec'), ("f'{a b}\\x1'\n", 'exec'),
    ("f'\\x1{a b}'\n", 'exec'), ("x = f'{}' + 1\n", 'exec'), ("x = f'{a b!x}'\n", 'exec'), ("x = b'a' 'b' + 1\n", 'exec'),
    ("x = b'\\x1' 'a'\n", 'exec'), ("x = b'\xe9'\n", 'exec'), ("x = ('\\x1'\n", 'exec'), ("return print'\\N{nope}'\n", 'exec'),
    # ... and where CPython's second pass reads strings the first didn't: invalid_named_expression's
    # operand, invalid_legacy_expression's star_expressions after any name (after invalid_expression).
    ("if x = '\\x1':\n  pass\n", 'exec'), ("f(a '\\x1' b)\n", 'exec'), ("x = a b '\\x1'\n", 'exec'), ("f(a b, '\\x1')\n", 'exec'),
    ("x = 1 1 '\\x1'\n", 'exec'),
    # "Generator expression must be parenthesized": its element to its last item, inside their parentheses.
    ('f(b, (x) for x in (y))\n', 'exec'), ("print(list(v for v in 'abc' if (last := v), last)\n", 'exec'),
    ('f(a=1, x for x in (y))\n', 'exec'),
    # invalid_expression's a and b: past a name it skips (before a string, a soft keyword or its prefix, a
    # lone print), invalid_legacy_expression's star_expressions; b a disjunction where an `if` has no `else`.
    ('f(m - 1 1)\n', 'exec'), ('f(m 1)\n', 'exec'), ('f(m[1] 1)\n', 'exec'), ("f(a 'x' 'y' b)\n", 'exec'), ('f(m m - 1 1)\n', 'exec'),
    ('f(m print 1 2)\n', 'exec'), ('f(a b if c)\n', 'exec'), ('print([w for w w in words if w == w[::-1]])\n', 'exec'),
    ('m = {i: [j  j in range(i) if j % 2] for i in range(5)}\n', 'exec'), ('if d = (\n    1\n    if a\n    else 2\n)\n', 'exec'),
    # After any name where an expression starts, invalid_legacy_expression's star_expressions, where
    # invalid_expression's second form (an `if` without `else`) takes no lookahead; after `for` too.
    ('print 1 if c\n', 'exec'), ('x = a b c if y\n', 'exec'), ('x = a not b if y\n', 'exec'), ("[v for v 'abc' if x]\n", 'exec'),
    ('for print x in y: pass\n', 'exec'), ('[a for print x in y]\n', 'exec'), ('f(a c if y)\n', 'exec'),
    # Parameters: invalid_parameters sees defaults before a '/' or right before the non-default one;
    # invalid_star_etc's defaults and second '*'.
    ('def f(a, /, b=1, c): pass\n', 'exec'), ('lambda a, /, b=1, c, d=2: 0\n', 'exec'), ('def f(a=1, /, b=2, c): pass\n', 'exec'),
    ('def f(a=1, /, c): pass\n', 'exec'), ('def f(*a=1): pass\n', 'exec'), ('lambda *a=1: 0\n', 'exec'), ('def f(*a: int=1): pass\n', 'exec'),
    ('def f(*, *): pass\n', 'exec'), ('def f(*, * a=1): pass\n', 'exec'), ('def f(*a, *b: int): pass\n', 'exec'), ('lambda *, *: 0\n', 'exec'),
    ('def f(a=1, b, *c=1): pass\n', 'exec'),
    # Keyword arguments, annotated tuples and walruses as CPython's rules take them.
    ('f(None= )\n', 'exec'), ('f((None)=1)\n', 'exec'), ('a, : b = 1\n', 'exec'), ('a.b, c: int\n', 'exec'), ('(): int\n', 'exec'), ('L[7:= ]\n', 'exec'), ('1 :=\n', 'exec'),
    # invalid_expression reads b (and fetches the token after it) outside brackets too, where it raises
    # nothing: a tokenizer error there wins. Not among a def's parameters.
    ('x = a b \\ 1\n', 'exec'), ('self" .f(b"a\\xeb")\n', 'exec'), ('def f(a b):\n pass\n', 'exec'), ('def f(a=1 2): pass\n', 'exec'),
    ('class A(a b): pass\n', 'exec'), ('print((lambda a, b b: a+b)(2, 3))\n', 'exec'), ('def g(*args args, **kwargs): pass\n', 'exec'),
    ('print(repr("a"), repr\' ("\'\\""))\n', 'exec'), ('f(lambda a=1, b c: 0)\n', 'exec'), ('f(lambda a=x y: 0)\n', 'exec'),
    ('f(lambda a, b=[1, 2], c d: 0)\n', 'exec'), ('f(a=1, lambda b=2, c: 0)\n', 'exec'),
    # A diagnosis whose input stops short of the end must not look past it (this one hung).
    ('match if {', 'exec'), ('match if {\n', 'exec'), ('x = match if {1', 'exec'),
    # Imports and decorators as CPython's rules stop in them.
    ('from  import x\n', 'exec'), ('from x import a, , b\n', 'exec'), ('from x import a,\n', 'exec'), ('from x import (a, b c)\n', 'exec'),
    ('@d\nx = 1\n', 'exec'), ('@d\nprint x\n', 'exec'), ('@d\n[\n', 'exec'), ('@d\n\n\n', 'exec'), ('@d', 'exec'), ('x = a ** [:i]\n', 'exec'),
    # '$', '?', a lone '!', '`' and '<>' are tokens no rule takes: the tokenizer goes on past them.
    ('x = (1 2)\ny = $\n', 'exec'), ("y = $ 'abc\n", 'exec'), ('x = $ 0x\n', 'exec'), ('x = 1 1 $\n', 'exec'), ('f(a b $)\n', 'exec'),
    ('print(f"{x}", f"{name!r}"" , f"{name!s}", f"{name!a}")\n', 'exec'), ('x = 1 <> 2\n', 'exec'), ("f'{(a!b)}'\n", 'exec'),
    ('x = ($\n', 'exec'),
    # A range over lines: its end converted against its first line, no further than one past it.
    *[(src, 'exec', as_bytes) for as_bytes in (False, True) for src in (
        'b = (a\n     * 2\n      1)\n', 'b = (a\n     * 2\n                      1)\n', "b = ('\xe9\xe9'\n            1)\n",
        "x = '''a\nbbbbbbbbbbbbbbbbbbbbbbbbbbb''' = 1\n")],
    # invalid_try_stmt at the token after the block, or where the tokenizer stood.
    ('try:\n    pass\n', 'exec'), ('try: pass', 'exec'), ('def f():\n    try:\n        pass\nx = 1\n', 'exec'),
    ('try:\n    pass\n# c\n', 'exec'), ('if x:\n    try:\n        pass\n    else:\n        pass\n', 'exec'),
    # invalid_for_target's star_expressions, and where star_targets stopped.
    ('for x . in []:\n    pass\n', 'exec'), ('[x for x . in y]\n', 'exec'), ('for lambda: 1 in x:\n    pass\n', 'exec'),
    ('for 1 < 2 in x: pass\n', 'exec'), ('for a, 1 in x: pass\n', 'exec'), ('{k: v for k, v in zip zip(a, b)}\n', 'exec'),
    ('[x for x, y in a b]\n', 'exec'),
    # The symbol table's comprehension errors: await and async make a list, set or dict comprehension
    # asynchronous (and the one around it); yield is refused in any comprehension but its first iterable.
    ('[x async for x in y]\n', 'exec'), ('def f():\n    return [await x for x in y]\n', 'exec'),
    ('def f():\n    [[x async for x in y] for z in w]\n', 'exec'), ('def f():\n    return [x for x in y async for z in w]\n', 'exec'),
    ('def f():\n    [(yield x) for x in y]\n', 'exec'), ('def f():\n    {x: (yield from x) for x in y}\n', 'exec'),
    ('def f():\n    ((yield) for x in y)\n', 'exec'), ('def f():\n    [x for x in (yield y)]\n', 'exec'),
]
cases = []
for src, mode, *as_bytes in MODE_CASES:
    case = {'source': src, 'mode': mode, 'error': None}
    if as_bytes and as_bytes[0]:
        case['bytes'] = True
    try:
        compile(src.encode() if case.get('bytes') else src, 'x.py', mode, dont_inherit=True)
    except SyntaxError as e:
        case['error'] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    cases.append(case)
(ROOT / 'compile_errors.json').write_text(__import__('json').dumps(cases, indent=1, ensure_ascii=True) + '\n')

# ast.parse(src, mode=mode, type_comments=True) of small inputs, as `python3 -m ast` parses them:
# the tree with attributes, or the error; and what compile() (which reads no type comments) does.
TYPE_COMMENT_CASES = [
    # Where python.gram takes a TYPE_COMMENT: the end of an assignment (its range then covers the
    # comment), after the ':' of for, with and def (or alone on the line after a def's), after a
    # def's parameters. The text is everything after the prefix, '# type:' with any blanks.
    ('x = []  # type: List[int]\n', 'exec'), ('a = b = yield c  # type: int\n', 'exec'), ('x, *y = z  # type: T\n', 'exec'),
    ('(x) = z # type: int\n', 'exec'), ('x = 1; y = 2 # type: int\n', 'exec'), ('x = \\\n 1 # type: int\n', 'exec'),
    ('x = 1 \\\n# type: int\n', 'exec'), ('x = 1  # type: int  \n', 'exec'), ('x = 1 #type:int\n', 'exec'),
    ('x = 1 #\ttype:\tint\t\n', 'exec'), ('x = 1  # type:\n', 'exec'), ('x = 1  # type:', 'exec'), ('x = 1 # type :int\n', 'exec'),
    ('x = 1 ## type: int\n', 'exec'), ('x = 1 # type: ignored\n', 'exec'), ('x = 1 # type: ignoreé\n', 'exec'),
    ("é = 'é' # type: é\n", 'exec'), ('x = 1 # type: int\r\ny = 2\r\n', 'exec'), ('x = 1 # type: int # type: str\n', 'exec'),
    ('for x in y:  # type: int\n    pass\nelse:\n    pass\n', 'exec'), ('with a as b, c:  # type: int\n    pass\n', 'exec'),
    ('with (a, b):  # type: int\n    pass\n', 'exec'), ('with (a):  # type: int\n    pass\n', 'exec'),
    ('async def f():\n    async for x in y:  # type: int\n        pass\n    async with a:  # type: int\n        pass\n', 'exec'),
    ('def f():  # type: () -> None\n    pass\n', 'exec'), ('def f():\n    # type: () -> None\n    pass\n', 'exec'),
    ('def f():\n\t# type: A\n    pass\n', 'exec'), ('def f():\n  # type: A\n  # c\n  pass\n', 'exec'),
    ('@d\nasync def f() -> int:  # type: () -> int\n    pass\n', 'exec'),
    ('def f(a,  # type: int\n      *args,  # type: str\n      b=1,  # type: int\n      **kw  # type: Any\n      ):\n'
     '    # type: (...) -> None\n    x = 1  # type: int\n', 'exec'),
    ('def f(a: int, # type: int\n b: str # type: str\n): pass\n', 'exec'), ('def f(x=1 # type: int\n): pass\n', 'exec'),
    ('def f(*x # type: int\n): pass\n', 'exec'), ('def f(**x, # type: int\n): pass\n', 'exec'),
    ('def f(*, a, # type: int\n b): pass\n', 'exec'), ('def f(a, # type: int\n/, b): pass\n', 'exec'),
    ('x = 1 # type: int\n', 'single'), ('x = 1 # type:', 'single'), ('x = 1 # type: ', 'single'), ('x # type:', 'eval'),
    # `# type: ignore`, then no ASCII letter or digit: Module.type_ignores, with the text after `ignore`.
    ('x = 1  # type: ignore\n# type: ignore[x]\n  # type: ignore\ndef f():\n    # type: ignore\n    pass\n', 'exec'),
    ('x = 1 # type: ignore[a, b]  \ny = 2 # type:ignore # c\nz = 3 # type: ignore-x\nw = 4 # type: ignore_\n', 'exec'),
    ('if x:\n    pass\n    # type: ignore\nelse:\n    pass\n', 'exec'), ('x = (1, # type: ignore\n 2)\n', 'exec'),
    ('import x # type: ignore\n', 'exec'), ('x = 1 # type: ignore\n', 'single'),
    # Anywhere else, invalid syntax at the comment (its text), or where the parse stopped after it.
    ('pass  # type: int\n', 'exec'), ('x: int = 1  # type: int\n', 'exec'), ('x += 1  # type: int\n', 'exec'),
    ('print(x)  # type: int\n', 'exec'), ('x = 1\n# type: int\ny = 2\n', 'exec'), ('# type: int\n', 'exec'),
    ('x = [\n  1, # type: int\n]\n', 'exec'), ('f(a, # type: int\n)\n', 'exec'), ('if x:  # type: int\n    pass\n', 'exec'),
    ('class C:  # type: X\n    pass\n', 'exec'), ('while x: # type: int\n    pass\n', 'exec'), ('try: # type: int\n    pass\nexcept: pass\n', 'exec'),
    ('for x in y: # type: int\n    pass\nelse: # type: int\n    pass\n', 'exec'), ('for x in y: pass # type: int\n', 'exec'),
    ('match x: # type: int\n    case 1: pass\n', 'exec'), ('match x:\n    case 1: # type: int\n        pass\n', 'exec'),
    ('with (a as b): # type: int\n    pass\n', 'exec'), ('with (a, b as c): # type: int\n    pass\n', 'exec'),
    ('def f() # type: int\n    pass\n', 'exec'), ('for x in y # type: int\n    pass\n', 'exec'),
    ('lambda a, # type: int\n: 0\n', 'exec'), ('f = lambda a # type: int\n: 0\n', 'exec'), ('def f(# type: int\n a): pass\n', 'exec'),
    ('def f(a # type: int\n, b): pass\n', 'exec'), ('def f(a=1 # type: int\n b): pass\n', 'exec'),
    ('def f(x, # type: int\n  # type: int\n): pass\n', 'exec'), ('def f(a, /, # type: int\n b): pass\n', 'exec'),
    ('def f(a, / # type: int\n): pass\n', 'exec'), ('def f(* # type: int\n): pass\n', 'exec'),
    ('def f(**kw, # type: int\n a): pass\n', 'exec'), ('def f(a=1, b, **kw, # type: int\n c): pass\n', 'exec'),
    ('x = 1 + # type: int\n', 'exec'), ('x = 1 + # type: ignore\n', 'exec'), ("x = 'é' + # type: ignore\n", 'exec'),
    ('x # type: int', 'eval'), ('(x # type: int\n)', 'eval'), ('x = 1  # type: int\ny = 2\n', 'single'),
    # invalid_star_etc's bare '*' with a type comment; invalid_double_type_comments; invalid_block
    # ("expected an indented block", naming no statement) after a type comment, and invalid_def_raw's
    # where a def's comment on the next line has no body after it.
    ('def f(a, *, # type: int\n b): pass\n', 'exec'), ('def f(a=1, b, *, # type: int\n c): pass\n', 'exec'),
    ('def f():  # type: A\n    # type: B\n    pass\n', 'exec'), ('def f():  # type: A\n\n    # type: B\n    pass\n', 'exec'),
    ('if 1:\n  def f(): # type: A\n    # type: B\n    pass\n', 'exec'), ('def f(): # type: A\n  # type: B\n  # type: C\n  pass\n', 'exec'),
    ('for x in y: # type: X\npass\n', 'exec'), ('def f(): # type: X\npass\n', 'exec'), ('def f(): # type: X\n', 'exec'),
    ('def f(): # type: A\n  # type: B\n', 'exec'), ('def f(): # type: A\n  # type: B\npass\n', 'exec'),
    ('if 1:\n  def f(): # type: A\n  # type: B\ny = 1\n', 'exec'), ("def f(): # type: é\npass\n", 'exec'),
    ('def f():\n  # type: X\npass\n', 'exec'), ('def f():\n  # type: X\n', 'exec'), ('def f():\n  # type: X', 'exec'),
    ('def f():\n  # type: A\n  # type: B\n  pass\n', 'exec'), ('for x in y:\n  # type: X\n  pass\n', 'exec'),
    ('if 1:\n  def f():\n    # type: A\n  pass\n', 'exec'),
    # A def with its comment on the next line makes CPython's second pass fail there, wherever the
    # first stopped later; not where its first pass raised (a forced token, a string, an f-string's
    # field, a dict's invalid_double_starred_kvpairs, the tokenizer), and a tokenizer error or an
    # unclosed bracket found past where the first pass stopped still replaces it.
    *[('def f():\n    # type: () -> None\n    pass\n' + src, 'exec') for src in (
        '    # type: int\n', 'x = = 1\n', 'f(**a, *b)\n', 'if x\n', 'def g(:\n', "x = '\\N{nope}'\n", "x = '\\x1'\n",
        "x = b'\xe9'\n", 'f"{a b}"\n', 'x = {1: 2, 3}\n', 'x = {1: 2, 3: }\n', 'x = {1: *a}\n', 'x = 1\n  y = )\n',
        'x = (1,\n', 'x = (1,\ny = 2 2\n', 'x = = 1 \\ y\n', 'x = 1\n\ty = 2\n')],
    # func_type input (ast.parse(src, mode='func_type')): FunctionType(argtypes, returns).
    *[(src, 'func_type') for src in (
        '() -> int', '(int) -> str', '(int, str) -> bool', '(*int) -> x', '(**int) -> x', '(*a, **b) -> x', '(a, *b) -> x',
        '(a, **b) -> x', '(a, b, *c, **d) -> x', '(\n int,\n str\n) -> x\n\n', '(List[int], Dict[str, int]) -> Optional[int]',
        '(int,) -> x', '(*a,) -> x', '(a, *b, c) -> x', '(**a, *b) -> x', '(a=1) -> x', '(a) -> b -> c', '(a b) -> c',
        '(a) -> x # type: int', '(a) -> x # type: ignore', 'x', 'x = 1', '(', '() x', '(a) -> b\n\nc', '() -> x\ny')],
]
type_comment_cases = []
for src, mode in TYPE_COMMENT_CASES:
    case = {'source': src, 'mode': mode, 'tree': None, 'error': None}
    try:
        case['tree'] = ast.dump(ast.parse(src, mode=mode, type_comments=True), include_attributes=True)
    except SyntaxError as e:
        case['error'] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    if mode != 'func_type':
        try:
            compile(src, 'x.py', mode, dont_inherit=True)
            case['compiles'] = True
        except SyntaxError:
            case['compiles'] = False
    type_comment_cases.append(case)
(ROOT / 'type_comments.json').write_text(__import__('json').dumps(type_comment_cases, indent=1, ensure_ascii=True) + '\n')
