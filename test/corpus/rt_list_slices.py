# list slicing, slice assignment and deletion with steps, and their errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
          slice(1, None, 3), slice(None, None, -1), slice(8, 2, -2), slice(-1, -11, -3),
          slice(100, None), slice(-100, 100), slice(5, 1), slice(None, None, -100),
          slice(2**70, None), slice(None, -2**70, -1), slice(3, 3)]:
    print(s, a[s])
show('step0', lambda: a[::0])
show('str idx', lambda: a['1'])
show('float idx', lambda: a[1.0])
show('tuple idx', lambda: a[1, 2])
show('big idx', lambda: a[2**100])
show('neg', lambda: a[-11])
show('oob', lambda: a[10])
show('slice str', lambda: a['a':])
show('None idx', lambda: a[None])
print(a[True], a[False:True])

b = list(range(10))
b[2:5] = ['x']
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = 'yz'
print(b)
b[1:3] = []
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[::-3] = 'ABCD'[:len(b[::-3])]
print(b)
show('ext size', lambda: b.__setitem__(slice(None, None, 2), [1, 2]))
show('assign int', lambda: b.__setitem__(slice(1, 2), 5))
show('assign None', lambda: b.__setitem__(slice(1, 2), None))
c = [1, 2, 3]
c[:] = c
print(c)
c[1:] = c
print(c)
c[::-1] = c
print(c)
c[5:1] = [9, 9]
print(c)
c[-100:-90] = [0]
print(c)
d = list(range(20))
del d[::3]
print(d)
del d[::-2]
print(d)
del d[1:3]
print(d)
del d[5:2]
print(d)
del d[-1]
print(d)
show('del oob', lambda: d.__delitem__(100))
show('del step0', lambda: d.__delitem__(slice(None, None, 0)))
e = list(range(10))
e[1:8:3] = (x * x for x in 'abc')
print(e)
e[2:2] = 'new'
print(e)
e[::1] = [0]
print(e)
f = list(range(6))
f[3:1:-1] = ['p', 'q']
print(f)
show('one step ext', lambda: f.__setitem__(slice(0, 4, 2), ['only']))
g = [0, 1, 2]
g[1] = g
print(g)
g[0:1] = (1, 2, 3)
print(g)
show('setitem oob', lambda: g.__setitem__(10, 1))
show('setitem str', lambda: g.__setitem__('x', 1))
# the slice object methods
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s.indices(5), s.indices(100))
print(slice(None, None, -1).indices(4), slice(-5, None).indices(3), slice(10).indices(0))
show('indices neg', lambda: s.indices(-1))
show('indices step0', lambda: slice(0, 1, 0).indices(3))
show('indices str', lambda: s.indices('a'))
print(slice(1), slice(1, 2), slice(1, 2, 3), slice('a', [1], None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2, 3) >= slice(1, 2))
show('slice hash', lambda: hash(slice(1, 2)))
show('slice 0 args', lambda: slice())
show('slice 4 args', lambda: slice(1, 2, 3, 4))
show('slice kw', lambda: slice(stop=3))
print(slice(2**80, -2**80, 3).indices(10))
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():], a[:I()], a[::I()], slice(I(), I()).indices(10))
t = tuple(range(8))
print(t[::2], t[-2:], t[5:1:-1], t[::-1], t[I()])
show('tuple idx', lambda: t[9])
show('tuple str', lambda: t['x'])
print('abcdef'[::-2], 'abc'[5:], b'abcdef'[1::2], bytearray(b'xyz')[::-1], range(10)[::3])
