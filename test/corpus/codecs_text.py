# str.encode, bytes.decode, str(), bytes() and bytearray() with every text codec and error handler.

CODECS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
          'ascii', 'latin-1', 'cp1252', 'unicode_escape', 'raw_unicode_escape']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass', 'no-such-handler']


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


TEXTS = ['', 'abc', 'caf\xe9', '\u20ac\u0100\U0001f600', 'a\udc80b', '\udcff\udc80', '\ud800x', 'x\u0378\uffff']
for text in TEXTS:
    for codec in CODECS:
        for errors in HANDLERS:
            print(ascii(text), codec, errors, outcome(lambda: text.encode(codec, errors)))

DATA = [b'', b'abc', b'caf\xc3\xa9', b'\xff\xfea\x00', b'\xef\xbb\xbfa\x80', b'a\xed\xa0\x80b', b'\xc3', b'\xe2\x82',
        b'\x81\x9d\xe9', b'\x00\xd8a\x00', b'\x00\x00\x11\x00', b'\\x4g\\u20ac\\N{EURO SIGN}\\N{NOPE}\\']
for data in DATA:
    for codec in CODECS:
        for errors in HANDLERS:
            print(data, codec, errors, outcome(lambda: data.decode(codec, errors)))

# Names, aliases and their normal forms; the common ones skip the registry.
for name in ['UTF8', 'utf_8', 'U8', 'Latin-1', 'iso-8859-1', 'L1', 'US-ASCII', '646', 'windows-1252', 'UTF-16LE',
             'utf 32 be', 'Unicode-Escape', 'latin_9', 'utf-8\u00e9']:
    print(name, outcome(lambda: 'd\xe9j\xe0'.encode(name)), outcome(lambda: b'd\xe9j\xe0'.decode(name, 'replace')))

# Defaults, keywords, other bytes-like objects and the constructors.
print('\u20ac'.encode(), '\u20ac'.encode(errors='strict'), '\u20ac'.encode(encoding='cp1252'))
print(b'\xe2\x82\xac'.decode(), bytearray(b'\xe2\x82\xac').decode(errors='ignore'), b'\x80'.decode(encoding='cp1252'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', errors='replace'), str(memoryview(b'\x80\x81'), 'latin-1'))
print(str(bytearray(b'x\xff'), 'ascii', 'backslashreplace'), str(object=b'a', encoding='ascii'), str(b'a'))
print(bytes('caf\xe9', 'latin-1'), bytes('\u20ac', 'utf-16-be'), bytes(source='a\udc80', encoding='utf-8', errors='surrogateescape'))
print(bytearray('caf\xe9', 'utf-8'), bytearray('\U0001f600', 'ascii', 'namereplace'), bytes('x', 'ascii', errors='strict'))
print(b''.decode('no such codec'), bytearray().decode('no such codec'), str(b'', 'no such codec'), str(memoryview(b''), 'x', 'y'))
print(outcome(lambda: ''.encode('no such codec')), outcome(lambda: b'a'.decode('no such codec')))

# Arguments of the wrong types.
for f in [lambda: 'a'.encode(1), lambda: 'a'.encode('utf-8', None), lambda: 'a'.encode(errors=b'strict'),
          lambda: b'a'.decode(None), lambda: b'a'.decode('utf-8', None), lambda: bytearray(b'a').decode(1),
          lambda: 'a'.encode('utf\x008'), lambda: 'a'.encode('\udc80'), lambda: b'a'.decode('utf-8', 'x\x00'),
          lambda: str('abc', 'utf-8'), lambda: str(1, 'utf-8'), lambda: str([], errors='strict'),
          lambda: str(b'a', 1), lambda: str(b'a', 'utf-8', 1), lambda: str(encoding=1), lambda: str(b'a', encoding=None),
          lambda: str(b'a', 'utf-8', 'strict', 1), lambda: str(b'a', bogus='x'), lambda: str(b'a', 'utf-8', encoding='x'),
          lambda: bytes('a'), lambda: bytes('a', errors='strict'), lambda: bytes(1, 'utf-8'), lambda: bytes(b'a', errors='x'),
          lambda: bytes(encoding='utf-8'), lambda: bytes(errors='strict'), lambda: bytes('a', 1), lambda: bytes('a', 'utf-8', 1),
          lambda: bytearray('a'), lambda: bytearray('a', errors='strict'), lambda: bytearray(1, 'utf-8'),
          lambda: bytearray(encoding='utf-8'), lambda: bytearray('a', None), lambda: bytearray('a', 'ascii', 2)]:
    print(outcome(f))

# Uncaught: the common codecs are called directly, so nothing wraps the error.
b'caf\xe9'.decode()
