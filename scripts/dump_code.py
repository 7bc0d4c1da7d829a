"""Print the CodeJSON form (see CONTRACTS.md) of CPython's compile() of a .py file.

Usage: python3 scripts/dump_code.py FILE.py
Importable: code_to_json(co) and const_to_json(c) give the same form as dicts;
packages/bytecode/src/codejson.ts builds the identical form from our code objects.
"""
import json
import re
import sys
import types

# A high surrogate followed by a low one: two code points in a str, but JSON's \u escapes (and a
# JS string) would read them as one character.
_SPLIT_PAIR = re.compile('[\ud800-\udbff][\udc00-\udfff]')


def _sort_key(c):
    return json.dumps(c, separators=(",", ":"), ensure_ascii=True)


def const_to_json(c):
    # bool before int: True is an int in Python.
    if c is None:
        return {"t": "none"}
    if isinstance(c, bool):
        return {"t": "bool", "v": c}
    if isinstance(c, int):
        return {"t": "int", "v": str(c)}
    if isinstance(c, float):
        return {"t": "float", "v": repr(c)}
    if isinstance(c, complex):
        return {"t": "complex", "v": [repr(c.real), repr(c.imag)]}
    if isinstance(c, str):
        if _SPLIT_PAIR.search(c):
            return {"t": "strpoints", "v": [ord(ch) for ch in c]}
        return {"t": "str", "v": c}
    if isinstance(c, bytes):
        return {"t": "bytes", "v": c.hex()}
    if c is Ellipsis:
        return {"t": "ellipsis"}
    if isinstance(c, tuple):
        return {"t": "tuple", "v": [const_to_json(x) for x in c]}
    if isinstance(c, frozenset):
        return {"t": "frozenset", "v": sorted((const_to_json(x) for x in c), key=_sort_key)}
    if isinstance(c, types.CodeType):
        return {"t": "code", "v": code_to_json(c)}
    raise TypeError(f"not a code constant: {type(c).__name__}")


def code_to_json(co):
    return {
        "name": co.co_name,
        "qualname": co.co_qualname,
        "filename": co.co_filename,
        "firstlineno": co.co_firstlineno,
        "argcount": co.co_argcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "nlocals": co.co_nlocals,
        "stacksize": co.co_stacksize,
        "flags": co.co_flags,
        "code": co.co_code.hex(),
        "consts": [const_to_json(c) for c in co.co_consts],
        "names": list(co.co_names),
        "varnames": list(co.co_varnames),
        "cellvars": list(co.co_cellvars),
        "freevars": list(co.co_freevars),
        "linetable": co.co_linetable.hex(),
        "exceptiontable": co.co_exceptiontable.hex(),
    }


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    co = compile(source, path, "exec")
    print(json.dumps(code_to_json(co), indent=1, ensure_ascii=True))


if __name__ == "__main__":
    main()
