# printf-style % formatting of str and bytes: a %(key) takes that key's value as the only argument
# left, '%' after flags or a width is an unsupported conversion, and bytes' %s/%b errors name %b.
def show(fmt, args):
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '!!', type(e).__name__, e)


show('%(a)s %s', {'a': 1})
show('%s%(a)s', {'a': 1})
show('%(a)s %(a)r', {'a': 'x'})
show('%(x)*d', {'x': 1})
show('%(x).*f', {'x': 1})
show('%(a)s', (1,))
show('%(a', {'a': 1})
show('%5%', ())
show('%5%|%s', (1,))
show('%(a)%', {'a': 1})
show('%-5%|', ())
show('%%|%s', 1)
show('%s %s', (1,))
show('%s', (1, 2))
show(b'%(a)s %s', {b'a': b'1'})
show(b'%5%|%s', (1,))
show(b'%s', 'x')
show(b'%b', 'x')
show(b'%s', 1)
show(b'%b', bytearray(b'ok'))
show(bytearray(b'%s|%b'), (memoryview(b'm'), b'b'))
