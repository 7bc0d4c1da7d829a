# Less common methods of str, bytes, float and range.
print('abc'.isascii(), 'é'.isascii(), ''.isascii(), 'abc\x7f'.isprintable(), 'é '.isprintable(), '\u00a0'.isprintable(), ''.isprintable())
print(b'Hello World'.istitle(), b'hello'.istitle(), b'A1 B'.istitle(), b'abcde'.removeprefix(b'ab'), b'abcde'.removesuffix(b'de'))
t = bytes.maketrans(b'ab', b'xy')
print(len(t), b'aabbc'.translate(t), b'aabbc'.translate(None, b'b'), b'abc'.translate(t, b'c'))
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (0.0).hex(), float('inf').hex(), (5e-324).hex(), (1e300).hex(), float.fromhex((0.1).hex()) == 0.1)
r = range(3, 20, 4)
print(r.start, r.stop, r.step, r.count(7), r.count(8), r.index(15), range(10).index(True), range(5).count(2.0))
for call in (lambda: r.index(8), lambda: b'a'.translate(b'xy'), lambda: bytes.maketrans(b'a', b'xy')):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
