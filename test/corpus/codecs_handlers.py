# The Unicode errors' fields and messages, and error handlers: the built-in ones as functions,
# handlers registered with _codecs.register_error, and the _codecs functions of each codec.
import _codecs


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def show(e):
    print(type(e).__name__, repr(e), e.args, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    print('  str:', str(e))


# Made from Python: checked arguments, bytes-like objects kept as bytes, str() as the codecs say it.
show(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
show(UnicodeDecodeError('utf-8', bytearray(b'a\xff\xfe'), 1, 3, 'bad'))
print(UnicodeDecodeError('utf-8', memoryview(b'ab'), 5, 9, 'past the end').object)
show(UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 1, 2, 'r'))
show(UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 2, 3, 'r'))
show(UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600', 3, 4, 'r'))
show(UnicodeEncodeError('ascii', 'abc', 1, 3, 'r'))
show(UnicodeTranslateError('a\u1234', 1, 2, 'r'))
show(UnicodeTranslateError('a\u1234', 0, 2, 'r'))
for f in [lambda: UnicodeEncodeError('a', 'b', 'x', 1, 'r'), lambda: UnicodeEncodeError('a', b'b', 0, 1, 'r'),
          lambda: UnicodeEncodeError(1, 'b', 0, 1, 'r'), lambda: UnicodeEncodeError('a', 'b', 0, 1, 2),
          lambda: UnicodeDecodeError('a', 'b', 0, 1, 'r'), lambda: UnicodeDecodeError('a', 5, 0, 1, 'r'),
          lambda: UnicodeDecodeError('a', 'b', 0, 1, None), lambda: UnicodeTranslateError(b'b', 0, 1, 'r'),
          lambda: UnicodeTranslateError('b', 0, 1, b'r'), lambda: UnicodeEncodeError('a'), lambda: UnicodeDecodeError(),
          lambda: UnicodeEncodeError('a', 'b', 0, 1, 'r', x=1), lambda: UnicodeEncodeError('a', 'b', 2 ** 70, 1, 'r'),
          lambda: UnicodeEncodeError('a', 'b', 1.0, 1, 'r'), lambda: str(UnicodeEncodeError.__new__(UnicodeEncodeError)),
          lambda: UnicodeDecodeError.__new__(UnicodeDecodeError, 1, 2).args, lambda: UnicodeError('x').args,
          lambda: UnicodeEncodeError.__new__(UnicodeEncodeError).start, lambda: UnicodeEncodeError.__new__(UnicodeEncodeError).reason]:
    print(outcome(f))

# Fields can be set: start and end only to ints (a failed set leaves -1), and not deleted.
e = UnicodeEncodeError('ascii', 'bcd', 0, 1, 'r')
for attr, value in [('start', 'x'), ('start', True), ('end', 2 ** 70), ('reason', 5), ('encoding', 'latin-1'), ('object', 'xyz')]:
    print(attr, repr(value), outcome(lambda: setattr(e, attr, value)), e.start, e.end, str(e))
for attr in ['start', 'reason', 'encoding']:
    print('del', attr, outcome(lambda: delattr(e, attr)), outcome(lambda: getattr(e, attr)), outcome(lambda: str(e)))
e = UnicodeEncodeError('ascii', 'bcd', 0, 1, 'r')
for start, end in [(5, 6), (2, 2), (-5, 1), (1, 0)]:
    e.start, e.end = start, end
    print(start, end, str(e))
print(e.__reduce__(), isinstance(e, ValueError), UnicodeEncodeError.__mro__)


class MyError(UnicodeEncodeError):
    pass


print(str(MyError('a', 'bc', 0, 1, 'q')), MyError('a', 'bc', 0, 1, 'q').args)

# The built-in handlers, as the registry has them.
NAMES = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogatepass', 'surrogateescape']
for name in NAMES:
    f = _codecs.lookup_error(name)
    print(name, f, f.__name__, f.__qualname__, f.__module__, f.__self__, f.__doc__, f is _codecs.lookup_error(name))
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\u1234b', 1, 3, 'why'), UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'why'),
                UnicodeTranslateError('a\xe9\u1234b', 1, 3, 'why'), UnicodeEncodeError('utf-8', 'a\udc80\udcffb', 1, 3, 'why'),
                UnicodeDecodeError('utf-16-le', b'a\x00\x00\xd8', 2, 4, 'why'), UnicodeEncodeError('ascii', 'abc', 5, 7, 'why'),
                UnicodeDecodeError('ascii', b'abc', -5, 7, 'why'), MyError('ascii', '\xe9', 0, 1, 'mine'),
                ValueError('x'), 5]:
        print('  ', outcome(lambda: f(exc)))
print(outcome(lambda: _codecs.lookup_error('nope')), outcome(lambda: _codecs.lookup_error(5)),
      outcome(lambda: _codecs.lookup_error('a\x00b')))
e = UnicodeEncodeError('ascii', 'abc', 0, 1, 'r')
e.object = b'abc'
print(outcome(lambda: _codecs.lookup_error('replace')(e)))

# Registered handlers get the real exception and say where to go on.
calls = []


def scripted(*results):
    def handler(exc):
        calls.append((type(exc).__name__, exc.encoding, exc.object, exc.start, exc.end, exc.reason))
        return results[min(len(calls), len(results)) - 1]
    return handler


CASES = [('X', 'end'), (b'<>', 'end'), ('\xe9', 'end'), ('', 'neg'), ('Y', 'back'), ('Z', 'far'), ('W', 'farneg'),
         ('V', 'huge'), ('U', 'str'), ('T', 'float'), (5, 'end'), (bytearray(b'q'), 'end')]
for replacement, where in CASES:
    def handler(exc, replacement=replacement, where=where):
        calls.append((type(exc).__name__, exc.encoding, exc.object, exc.start, exc.end, exc.reason))
        size = len(exc.object)
        position = {'end': exc.end, 'neg': exc.end - size, 'back': max(exc.start - 1, 0) if len(calls) == 1 else exc.end,
                    'far': size + 1, 'farneg': -size - 1, 'huge': 2 ** 70, 'str': 'x', 'float': 1.0}[where]
        return (replacement, position)
    _codecs.register_error('test.' + where, handler)
    for codec, text, data in [('ascii', 'a\xe9\xe8b', b'a\xff\xfeb'), ('utf-8', 'a\udc80b', b'a\xffb'),
                              ('utf-16-le', 'a\udc80b', b'a\x00\x00\xdcb\x00'), ('cp1252', 'a\u0100b', b'a\x81b'),
                              ('latin-1', 'a\u0100b', b'a'), ('unicode_escape', 'a', b'a\\x4gb')]:
        calls.clear()
        encoded = outcome(lambda: text.encode(codec, 'test.' + where))
        print(repr(replacement), where, codec, encoded, calls)
        calls.clear()
        print(repr(replacement), where, codec, outcome(lambda: data.decode(codec, 'test.' + where)), calls)

# One call makes its UnicodeError once and moves it to each error; a bad replacement raises it.
seen = []


def keep(exc):
    seen.append((exc, exc.args, exc.start, exc.end, exc.reason))
    return ('\u20ac' if len(seen) == 3 else '?', exc.end)


_codecs.register_error('test.keep', keep)
for f in [lambda: 'a\xe9b\xe8c\xff'.encode('ascii', 'test.keep'), lambda: b'a\xffb\xfec\xfd'.decode('utf-8', 'test.keep')]:
    seen.clear()
    try:
        print(f())
    except UnicodeError as e:
        print(type(e).__name__, e is seen[0][0], e.args, str(e))
    print([x[0] is seen[0][0] for x in seen], [x[1:] for x in seen])

# A handler's own failures: passed on by the common codecs, wrapped by those reached through the registry.
def failing(exc):
    raise ValueError('cannot mend ' + exc.reason)


class Unwrappable(Exception):
    def __init__(self, message):
        super().__init__(message)


def keyerror(exc):
    raise KeyError('k')


def unwrappable(exc):
    raise Unwrappable('u')


def annotated(exc):
    e = ValueError('v')
    e.note = 1
    raise e


for name, handler in [('test.fail', failing), ('test.key', keyerror), ('test.unwrappable', unwrappable), ('test.annotated', annotated)]:
    _codecs.register_error(name, handler)
    for codec in ['ascii', 'latin1', 'utf_16', 'utf-16-le', 'cp1252', 'US-ASCII']:
        try:
            '\u0100'.encode(codec, name)
        except Exception as e:
            print(name, codec, type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
for codec in ['ascii', 'cp1252', 'utf-32-be']:
    for f in [lambda: b'\x80\xff\xff\xff'.decode(codec, 'no.such'), lambda: '\udc80\u0100'.encode(codec, 'no.such')]:
        try:
            f()
        except Exception as e:
            print(codec, type(e).__name__, e, repr(e.__cause__))

# A handler registered under a built-in name is called by the codecs that call handlers.
_codecs.register_error('strict', scripted(('!', 1)))
calls.clear()
print('\ud800'.encode('utf-16-le'), outcome(lambda: '\xe9'.encode('ascii')), calls)
_codecs.register_error('strict', _codecs.lookup_error('replace'))
print(outcome(lambda: '\ud800'.encode('utf-16-le')), outcome(lambda: '\xe9'.encode('ascii')))
_codecs.register_error('mine', _codecs.lookup_error('backslashreplace'))
print('\ud800\xe9'.encode('utf-16-be', 'mine'), b'\xff'.decode('cp1252', 'mine'))
print(outcome(lambda: _codecs.register_error('x', 5)), outcome(lambda: _codecs.register_error(5, print)),
      outcome(lambda: _codecs.register_error('x')))

# The codecs' own functions: (result, length consumed).
for f in [lambda: _codecs.utf_8_encode('a\U0001f600'), lambda: _codecs.utf_8_encode('a\udc80', 'surrogateescape'),
          lambda: _codecs.utf_8_encode(b'a'), lambda: _codecs.utf_8_encode('a', 5), lambda: _codecs.utf_8_encode(),
          lambda: _codecs.utf_8_decode(b'a\xc3'), lambda: _codecs.utf_8_decode(b'a\xc3', None, True),
          lambda: _codecs.utf_8_decode(bytearray(b'a\xc3\xa9'), 'strict', 1), lambda: _codecs.utf_8_decode(memoryview(b'\xe2\x82')),
          lambda: _codecs.utf_8_decode(b'a', None, 'x'), lambda: _codecs.utf_8_decode(b'a', None, 2 ** 80),
          lambda: _codecs.utf_8_decode('a'), lambda: _codecs.utf_8_decode(b'', None, 1, 2),
          lambda: _codecs.utf_16_encode('a'), lambda: _codecs.utf_16_encode('a', None, -7), lambda: _codecs.utf_16_encode('a', None, 9),
          lambda: _codecs.utf_16_decode(b'\xff\xfea\x00b'), lambda: _codecs.utf_16_decode(b'\xff\xfea\x00b', None, True),
          lambda: _codecs.utf_16_ex_decode(b'\xff\xfea\x00'), lambda: _codecs.utf_16_ex_decode(b'\xfe\xff\x00a\x00', None, 0, False),
          lambda: _codecs.utf_16_ex_decode(b'a\x00', None, 5), lambda: _codecs.utf_16_ex_decode(b'\xff\xfea', None, 0, True),
          lambda: _codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), lambda: _codecs.utf_32_ex_decode(b'\xff\xfe\x00'),
          lambda: _codecs.utf_16_ex_decode.__text_signature__, lambda: _codecs.utf_16_le_encode('\U0001f600'), lambda: _codecs.utf_16_be_decode(b'\xd8\x3d\xde', 'replace', False),
          lambda: _codecs.utf_16_be_decode(b'\xd8\x3d\xde', 'replace', True), lambda: _codecs.utf_32_encode('a', None, 1),
          lambda: _codecs.utf_32_decode(b'\x00\x00\xfe\xffa'), lambda: _codecs.utf_32_le_encode('ab'),
          lambda: _codecs.utf_32_be_decode(b'\x00\x00\x00a\x00'), lambda: _codecs.utf_32_le_decode(b'a\x00\x00\x00'),
          lambda: _codecs.utf_32_be_encode('\u20ac'), lambda: _codecs.utf_16_le_decode(b'a\x00b'),
          lambda: _codecs.unicode_escape_encode('a\xe9\n\\'), lambda: _codecs.unicode_escape_decode('\\u0041\xe9'),
          lambda: _codecs.unicode_escape_decode(b'\\u00'), lambda: _codecs.unicode_escape_decode(b'ab\\u00', None, False),
          lambda: _codecs.unicode_escape_decode(5), lambda: _codecs.raw_unicode_escape_encode('a\xe9\u1234'),
          lambda: _codecs.raw_unicode_escape_decode('\\u0041\\x41'), lambda: _codecs.raw_unicode_escape_decode(b'a\\', None, False),
          lambda: _codecs.latin_1_encode('a\u0100'), lambda: _codecs.latin_1_encode('a\u0100', 'replace'),
          lambda: _codecs.latin_1_decode(b'a\xff'), lambda: _codecs.ascii_encode('a\xe9', 'xmlcharrefreplace'),
          lambda: _codecs.ascii_decode(b'a\xff', 'surrogateescape'), lambda: _codecs.ascii_decode('a')]:
    print(outcome(f))

# encode and decode through the registry: any codec error there is wrapped.
for f in [lambda: _codecs.encode('abc'), lambda: _codecs.encode('abc', 'utf-16-be'), lambda: _codecs.encode(obj='\xe9', encoding='ascii', errors='replace'),
          lambda: _codecs.encode(b'abc', 'utf-8'), lambda: _codecs.encode(b'abc', 'cp1252'), lambda: _codecs.encode(b'abc', 'utf-8-sig'),
          lambda: _codecs.encode(b'abc', 'latin1'), lambda: _codecs.encode(3, 'unicode-escape'), lambda: _codecs.encode('abc', 'nope'),
          lambda: _codecs.encode('\xe9', 'ascii'), lambda: _codecs.encode('\xe9', 'ascii', 'bogus'), lambda: _codecs.encode(),
          lambda: _codecs.decode(b'\xc3\xa9'), lambda: _codecs.decode(b'\xc3', 'utf-8'), lambda: _codecs.decode('abc', 'utf-8'),
          lambda: _codecs.decode('abc', 'cp1252'), lambda: _codecs.decode('\\x41', 'unicode_escape'),
          lambda: _codecs.decode(b'\xff', 'ascii', 'bogus'), lambda: _codecs.decode(b'\xef\xbb\xbf\xff', 'utf-8-sig', 'backslashreplace'),
          lambda: _codecs.decode(bytearray(b'\xff'), 'latin-1'), lambda: _codecs.decode(memoryview(b'\xff'), 'utf-16'),
          lambda: _codecs.decode(b'', 'no such codec'), lambda: _codecs.encode('', encoding=5)]:
    print(outcome(f))

# Uncaught, through the registry: the handler's error is the cause of the one naming the codec.
'\udc80'.encode('utf-16-le', 'test.fail')
