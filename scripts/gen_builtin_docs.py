"""Records CPython 3.11's builtin namespace for the VM: docstrings and text signatures.

Writes
  packages/vm/src/generated/builtin_docs.ts    the __doc__ of every builtin type, function, method and
                                                descriptor the VM defines natively, keyed 'int', 'int.bit_length',
                                                'builtins.len', 'sys.exit', 'module:sys'; and the types'
                                                __text_signature__ (methods take theirs from their declarations)
  packages/vm/test/golden/builtin_reference.json  for each of those types and modules: its attributes with their
                                                kind and __text_signature__, which the attribute-parity test and
                                                scripts/builtin_parity.mjs compare against the VM's

Run with CPython 3.11: python3 scripts/gen_builtin_docs.py
"""
import builtins
import json
import math
import os
import sys
import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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

    c = coro()
    ag = agen()
    samples = [
        iter([]), iter(()), iter(''), iter(b''), iter(bytearray()), iter(range(0)), iter(range(1 << 70)),
        iter({}), iter({}.values()), iter({}.items()), iter(set()), reversed([]), reversed(range(0)),
        reversed({}), reversed({}.values()), reversed({}.items()), iter(lambda: 0, 1), iter(C.__dict__),
        {}.keys(), {}.values(), {}.items(), gen(), c, ag, C().m, len, C.m, int.__add__, (1).__add__,
        str.join, dict.fromkeys, type.__dict__['__name__'], types.FunctionType.__dict__['__globals__'],
        None, NotImplemented, Ellipsis, (lambda: 0).__code__, sys._getframe(), types.SimpleNamespace(),
        type.__dict__, memoryview(b''), sys.flags, sys.float_info, sys.int_info, sys.hash_info,
        sys.version_info, sys.implementation, (lambda: x).__closure__ if False else None,
        c.__await__(), ag.__anext__(), ag.asend(None), ag.athrow(Exception),
    ]
    c.close()
    for a in samples[-3:]:
        try:
            a.close()
        except Exception:
            pass
    x = 1
    samples.append((lambda: x).__closure__[0])
    try:
        raise ValueError
    except ValueError as e:
        samples.append(e.__traceback__)
    out = [type(s) for s in samples]
    out += [types.CellType, types.MethodType, types.GenericAlias, types.UnionType, types.ModuleType,
            types.MappingProxyType, types.SimpleNamespace, types.FrameType, types.TracebackType,
            types.CodeType, types.FunctionType, types.BuiltinFunctionType, types.WrapperDescriptorType,
            types.MethodWrapperType, types.MethodDescriptorType, types.ClassMethodDescriptorType,
            types.GetSetDescriptorType, types.MemberDescriptorType, types.NoneType, types.NotImplementedType,
            types.EllipsisType, types.CoroutineType, types.AsyncGeneratorType, types.GeneratorType]
    return out


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


def kind(v):
    return type(v).__name__


def text_signature(v):
    try:
        s = v.__text_signature__
    except Exception:
        return None
    return s if isinstance(s, str) else None


def main():
    docs = {}
    sigs = {}
    reference = {'types': {}, 'modules': {}}
    for t in all_types():
        key = type_key(t)
        docs[key] = t.__doc__ if isinstance(t.__dict__.get('__doc__'), (str, type(None))) else None
        sigs[key] = text_signature(t)
        attrs = {}
        for name, v in t.__dict__.items():
            if name == '__doc__':
                continue
            d = getattr(v, '__doc__', None)
            # Slot wrappers and __new__ take their docstrings from the slot table.
            slot_made = isinstance(v, types.WrapperDescriptorType) or name == '__new__'
            if not slot_made and not isinstance(v, (type, int, str, float, tuple, type(None))) and (isinstance(d, str) or d is None):
                docs[f'{key}.{name}'] = d
            attrs[name] = {'kind': kind(v), 'signature': text_signature(v)}
        reference['types'][key] = {
            'dir': sorted(dir(t)),
            'own': attrs,
            'signature': text_signature(t),
            'doc': t.__doc__ is not None,
        }
    for mname in MODULES:
        m = sys.modules.get(mname) or __import__(mname)
        docs[f'module:{mname}'] = m.__doc__
        entries = {}
        for name, v in vars(m).items():
            if isinstance(v, types.BuiltinFunctionType):
                docs[f'{mname}.{name}'] = v.__doc__
            entries[name] = {'kind': kind(v), 'signature': text_signature(v)}
        reference['modules'][mname] = {'dir': sorted(dir(m)), 'attrs': entries}

    out = os.path.join(ROOT, 'packages/vm/src/generated/builtin_docs.ts')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('// Generated by scripts/gen_builtin_docs.py from CPython 3.11: do not edit.\n')
        f.write('// The __doc__ of the builtin types, functions, methods and descriptors, and the types\' __text_signature__.\n\n')
        f.write('export const docs: Record<string, string | null> = ')
        f.write(json.dumps(docs, ensure_ascii=True, indent=0, sort_keys=True))
        f.write(';\n\nexport const typeTextSignatures: Record<string, string | null> = ')
        f.write(json.dumps(sigs, ensure_ascii=True, indent=0, sort_keys=True))
        f.write(';\n')
    ref = os.path.join(ROOT, 'packages/vm/test/golden/builtin_reference.json')
    with open(ref, 'w', encoding='utf-8') as f:
        json.dump(reference, f, ensure_ascii=True, indent=1, sort_keys=True)
        f.write('\n')
    print(f'{len(docs)} docstrings, {len(reference["types"])} types, {len(MODULES)} modules')


if __name__ == '__main__':
    main()
