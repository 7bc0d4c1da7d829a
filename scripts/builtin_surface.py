"""The builtin surface of a Python runtime, as JSON on stdout: every builtin type (those the builtins module
names and those programs meet through values) and the modules builtins, sys and math, with each one's dir(),
its own attributes' kind, __text_signature__ and __doc__, and whether a type can be subclassed.

It runs under CPython 3.11 (scripts/gen_builtin_docs.py records the reference from it) and under pyc-ts
(scripts/builtin_parity.mjs compares the two), so it imports nothing beyond sys and math and writes its own
JSON: the VM has no standard library yet.
"""
import builtins
import math
import sys

MODULES = ['builtins', 'sys', 'math']


def sample_types():
    """Builtin types that the builtins module does not name but programs meet."""
    def gen():
        yield 1

    async def coro():
        pass

    async def agen():
        yield 1

    class C:
        def m(self):
            pass

    x = 1
    cell = (lambda: x).__closure__[0]
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
    function = type(gen)
    c = coro()
    ag = agen()
    awaitables = [c.__await__(), ag.__anext__(), ag.asend(None), ag.athrow(Exception)]
    samples = awaitables + [
        iter([]), iter(()), iter(''), iter(b''), iter(bytearray()), iter(range(0)), iter(range(1 << 70)),
        iter({}), iter({}.values()), iter({}.items()), iter(set()), reversed([]), reversed(range(0)),
        reversed({}), reversed({}.values()), reversed({}.items()), iter(lambda: 0, 1), iter(C.__dict__),
        {}.keys(), {}.values(), {}.items(), gen(), c, ag, C().m, len, C.m, int.__add__, (1).__add__,
        str.join, dict.__dict__['fromkeys'], type.__dict__['__name__'], function.__dict__['__globals__'],
        None, NotImplemented, Ellipsis, gen.__code__, sys._getframe(), type.__dict__, memoryview(b''),
        sys.flags, sys.float_info, sys.int_info, sys.hash_info, sys.version_info, sys.implementation,
        cell, tb, list[int], int | str,
        sys, object.__init__, object().__str__,
    ]
    c.close()
    for a in awaitables:
        try:
            a.close()
        except Exception:
            pass
    return [type(s) for s in samples]


def all_types():
    seen = []
    for name in dir(builtins):
        v = getattr(builtins, name)
        if isinstance(v, type) and v not in seen:
            seen.append(v)
    for t in sample_types():
        if t not in seen:
            seen.append(t)
    return seen


def type_key(t):
    mod = t.__module__
    return t.__qualname__ if mod == 'builtins' else f'{mod}.{t.__qualname__}'


def text_signature(v):
    try:
        s = v.__text_signature__
    except Exception:
        return None
    return s if isinstance(s, str) else None


def doc_of(v):
    """An attribute's __doc__ where it is text or None (a data value's __doc__ is its type's: left out)."""
    if isinstance(v, (type, int, str, float, tuple, type(None))):
        return False
    d = getattr(v, '__doc__', None)
    return d if isinstance(d, str) or d is None else False


def entry(v):
    e = {'kind': type(v).__name__, 'signature': text_signature(v)}
    d = doc_of(v)
    if d is not False:
        e['doc'] = d
    return e


def surface():
    out = {'types': {}, 'modules': {}}
    for t in all_types():
        own = {}
        for name, v in t.__dict__.items():
            if name != '__doc__':
                own[name] = entry(v)
        doc = t.__dict__.get('__doc__')
        if not (isinstance(doc, str) or doc is None) and isinstance(t.__doc__, str):
            doc = t.__doc__  # a static type's tp_doc, which wins over its __doc__ descriptor (property's)
        out['types'][type_key(t)] = {
            'dir': sorted(dir(t)),
            'own': own,
            'signature': text_signature(t),
            'doc': doc if isinstance(doc, str) or doc is None else False,
            'subclassable': bool(t.__flags__ & (1 << 10)),
        }
    for mname in MODULES:
        m = sys.modules.get(mname) or __import__(mname)
        attrs = {}
        for name, v in vars(m).items():
            attrs[name] = entry(v)
        out['modules'][mname] = {'dir': sorted(dir(m)), 'attrs': attrs, 'doc': m.__doc__}
    return out


def to_json(v, indent=''):
    """JSON with sorted keys and ASCII escapes, one member per line, as json.dumps(indent=1) writes it."""
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, str):
        return json_string(v)
    inner = indent + ' '
    if isinstance(v, list):
        if not v:
            return '[]'
        return '[\n' + ',\n'.join(inner + to_json(x, inner) for x in v) + '\n' + indent + ']'
    if not v:
        return '{}'
    items = [inner + json_string(k) + ': ' + to_json(v[k], inner) for k in sorted(v)]
    return '{\n' + ',\n'.join(items) + '\n' + indent + '}'


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def json_string(s):
    parts = []
    for ch in s:
        c = ord(ch)
        if ch in ESCAPES:
            parts.append(ESCAPES[ch])
        elif c < 0x20 or c > 0x7e:
            if c > 0xffff:
                c -= 0x10000
                parts.append('\\u%04x\\u%04x' % (0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)))
            else:
                parts.append('\\u%04x' % c)
        else:
            parts.append(ch)
    return '"' + ''.join(parts) + '"'


if __name__ == '__main__':
    sys.stdout.write(to_json(surface()) + '\n')
