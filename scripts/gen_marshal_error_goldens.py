"""Regenerates packages/bytecode/test/fixtures/marshal_errors.json from CPython 3.11.

What marshal.loads raises for damaged data: truncations, bad sizes, bad digits, bad UTF-8, NULLs, bad
references, and code objects whose fields _PyCode_Validate refuses. Each case is the data (hex) with the
exception's type and message; SystemError's message loses the C source location CPython puts in front.
Run: python3 scripts/gen_marshal_error_goldens.py
"""
import json
import marshal
import os
import re
import struct

OUT = os.path.join(os.path.dirname(__file__), '..', 'packages', 'bytecode', 'test', 'fixtures', 'marshal_errors.json')


def i32(x):
    return struct.pack('<i', x)


def code(argcount=0, posonly=0, kwonly=0, stacksize=1, flags=0, co_code=b's\x04\x00\x00\x00\x97\x00d\x00',
         consts=b')\x01N', names=b')\x00', lpn=b')\x00', lpk=b's\x00\x00\x00\x00', filename=b'z\x01f', name=b'z\x01n',
         qualname=b'z\x01q', linetable=b's\x00\x00\x00\x00', exceptiontable=b's\x00\x00\x00\x00'):
    """A marshalled code object with the given fields (each already marshalled)."""
    return (b'c' + i32(argcount) + i32(posonly) + i32(kwonly) + i32(stacksize) + i32(flags) + co_code + consts + names +
            lpn + lpk + filename + name + qualname + i32(1) + linetable + exceptiontable)


CASES = [
    b'', b'c', b'\x01', b'\xff', b'z', b')', b')\x01', b'(\x05\x00\x00\x00', b'(\xff\xff\xff\xff', b'i\x01\x00',
    b'r\x05\x00\x00\x00', b'r\xff\xff\xff\xff', b'r\x00\x00', b')\x02\xe9\x01\x00\x00\x00r\x01\x00\x00\x00',
    b's\xff\xff\xff\x7f', b's\xff\xff\xff\xff', b'a\x01\x00\x00', b'a\xff\xff\xff\xff', b'u\xfe\xff\xff\xff', b'z\x05ab',
    b'l\xff\xff\xff\x7f', b'l\x00\x00\x00\x80', b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x00\x80\x00\x00',
    b'l\x01\x00\x00\x00\x00\x00', b'l\xff\xff\xff\xff\x00\x00', b'l\x02\x00\x00\x00\x05\x00\x00\x00',
    b'l\x01\x00\x00\x80\x05\x00', b'g\x00', b'y\x00\x00\x00\x00\x00\x00\x00\x00\x00', b'f', b'f\x03abc',
    b'f\x05 1.5 ', b'f\x031_0', b'x\x03abc\x01', b'x\x011',
    b'u\x02\x00\x00\x00\xc3(', b'u\x01\x00\x00\x00\xc3', b'u\x04\x00\x00\x00\xf4\x90\x80\x80', b'u\x02\x00\x00\x00\xc0\x80',
    b'u\x03\x00\x00\x00\xe0\x80\x80', b'u\x03\x00\x00\x00a\xe2\x82', b'u\x03\x00\x00\x00\xe2\x82(',
    b'u\x04\x00\x00\x00\xf0\x90\x80(', b'u\x02\x00\x00\x00\xed\xa0', b'u\x03\x00\x00\x00\xed\xa0(',
    b'u\x04\x00\x00\x00\xed\xb0\x80\xed', b'u\x01\x00\x00\x00\xff', b'u\x04\x00\x00\x00\xf8\x88\x80\x80',
    b'0', b')\x020N', b'(\x01\x00\x00\x000', b'>\x01\x00\x00\x000', b')\x01' * 2001 + b'N',
    code(co_code=b's\x03\x00\x00\x00\x97\x00d'), code(consts=b'N'), code(co_code=b'N'), code(names=b')\x01N'),
    code(lpk=b's\x01\x00\x00\x00\x20'), code(argcount=1), code(posonly=1), code(kwonly=-1), code(stacksize=-1),
    code(flags=-1), code(filename=b'N'), code(linetable=b'N'), code(co_code=b'0'), code(consts=b')\x01\x30'),
    code(exceptiontable=b'0'), code(lpn=b')\x01N', lpk=b's\x01\x00\x00\x00\x20'), code(flags=0x4),
    code()[:-3], code()[:20],
]


def main():
    out = []
    for data in CASES:
        try:
            marshal.loads(data)
        except Exception as e:  # noqa: BLE001 - every kind marshal raises is a case
            message = re.sub(r'^\S+\.c:\d+: ', '', str(e))
            out.append({'data': data.hex(), 'type': type(e).__name__, 'message': message})
        else:
            raise SystemExit(f'no error for {data!r}')
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'wrote {len(out)} cases to {OUT}')


if __name__ == '__main__':
    main()
