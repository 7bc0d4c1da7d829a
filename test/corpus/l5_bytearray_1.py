# bytearray: mutation, bytes methods returning bytearrays, errors.
b = bytearray(b"hello")
print(b, len(b), b[0], b[1:3], type(b[1:3]).__name__, b == b"hello", b"hello" == b, isinstance(b, bytes))
b.append(33); b.extend(b"ab"); b.extend([1, 2]); b.insert(0, 65); print(b)
print(b.pop(), b.pop(0), b, b.remove(108), b)
b[0] = 72; b[1:3] = b"EE"; print(b); del b[0]; del b[0:2]; print(b)
b += b"xyz"; print(b); b *= 2; print(b)
print(b.upper(), type(b.upper()).__name__, b.split(b"x"), b.find(b"y"), b.hex(), b.decode("latin-1") if False else b.decode())
print(bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8"), bytearray.fromhex("41 42"), bytes(bytearray(b"q")))
c = bytearray(b"abc"); c.reverse(); print(c, c.copy(), c + b"!", b"!" + c, c * 2, b"b" in c, list(c))
c.clear(); print(c, bytearray())
for bad in (lambda: hash(bytearray()), lambda: bytearray(b"a").append(300), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5), lambda: bytearray(b"abc").__setitem__(5, 1)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
