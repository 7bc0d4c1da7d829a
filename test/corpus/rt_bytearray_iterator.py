b = bytearray(b'abc'); it = iter(b); print(type(it), type(it).__name__)
b[1] = 0x7a; print(next(it), it.__length_hint__()); b.append(100); print(list(it), it.__length_hint__(), it.__reduce__()[1:])
it = iter(bytearray(b'xy')); next(it); print(it.__reduce__()[1:]); it.__setstate__(-5); print(list(it))
b = bytearray(b'hello')
for i, c in enumerate(b):
    if i == 0:
        del b[3:]
    print(c)
async def agen():
    yield 1
print(type(agen())[int])
