# bytearray.extend and slice assignment with values of the wrong kind, and bytes/bytearray
# concatenation errors, as bytearrayobject.c and bytesobject.c word them.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


def extended(x):
    b = bytearray(b'ab')
    b.extend(x)
    return b


for x in ['xy', 5, 1.5, None, [1, 'a'], [1, 300], [1, -1], b'cd', bytearray(b'cd'), memoryview(b'cd'), (x for x in [65, 66]),
          range(3), {7: 'k'}]:
    show(('extend', type(x).__name__), lambda: extended(x))
b = bytearray(b'ab')
b.extend(b)
print(b)


def assigned(key, value):
    b = bytearray(b'0123456789')
    b[key] = value
    return b


for value in ['ab', 5, 1.5, 2j, True, None, b'XY', bytearray(b'XY'), memoryview(b'XY'), [65, 66, 67], [300], iter([65]), ()]:
    show(('slice', type(value).__name__), lambda: assigned(slice(0, 2), value))
    show(('step', type(value).__name__), lambda: assigned(slice(None, None, 5), value))
b = bytearray(b'abc')
b[::-1] = b
print(b)
b[1:] = b
print(b)
show('index str', lambda: assigned(0, 'a'))
show('index big', lambda: assigned(0, 256))
for left in [b'x', bytearray(b'x')]:
    for right in ['y', 1, None, [1], memoryview(b'y'), bytearray(b'y'), b'y']:
        show((type(left).__name__, '+', type(right).__name__), lambda: left + right)


def iadd(right):
    b = bytearray(b'x')
    b += right
    return b


for right in ['y', 1, b'y', memoryview(b'z')]:
    show(('+=', type(right).__name__), lambda: iadd(right))
