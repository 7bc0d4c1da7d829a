# int.to_bytes / int.from_bytes and int rounding, formatting helpers.
for n in [0, 1, 255, 256, -1, -128, -129, 127, 65535, 2**64 - 1, -(2**63), 2**100]:
    for order in ('big', 'little'):
        for signed in (False, True):
            try:
                print(n, order, signed, n.to_bytes(16, order, signed=signed))
            except OverflowError as e:
                print(n, order, signed, 'OverflowError', e)
for n, length in [(0, 0), (1, 0), (255, 1), (256, 1), (-1, 1), (128, 1), (-128, 1), (-129, 1)]:
    for signed in (False, True):
        try:
            print(n, length, signed, n.to_bytes(length, 'big', signed=signed))
        except OverflowError as e:
            print(n, length, signed, 'OverflowError', e)
print((1024).to_bytes(2), (1024).to_bytes(length=4, byteorder='little'), (5).to_bytes())
for bad in [lambda: (1).to_bytes(-1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, byteorder=5),
            lambda: (1).to_bytes('1'), lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes(b'1', 'mid'),
            lambda: int.from_bytes('abc'), lambda: int.from_bytes([256]), lambda: int.from_bytes([-1]),
            lambda: int.from_bytes(5), lambda: int.from_bytes(b'', 'big', True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for data in [b'', b'\x00', b'\xff', b'\x80\x00', b'\x01\x02\x03', bytes(range(20)), bytearray(b'\xfe\xff')]:
    print(data, int.from_bytes(data, 'big'), int.from_bytes(data, 'little'),
          int.from_bytes(data, 'big', signed=True), int.from_bytes(data, 'little', signed=True))
print(int.from_bytes([1, 2]), int.from_bytes((255,), signed=True), int.from_bytes(iter([1, 0])), int.from_bytes(memoryview(b'\x10')))
class B:
    def __bytes__(self):
        return b'\x01\x00'
print(int.from_bytes(B()), int.from_bytes(B(), 'little'))
class MyInt(int):
    pass
v = MyInt.from_bytes(b'\x00\x10', 'big')
print(type(v).__name__, v)
print(bool.from_bytes(b'\x00'), bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x02')).__name__)
for n in [0, 5, 15, 25, 35, 45, 150, 250, -25, -35, 12345, -12345, 10**20 + 5 * 10**19, 2**70]:
    print(n, round(n), round(n, 0), round(n, 2), round(n, -1), round(n, -2), round(n, -3), round(n, -100))
print(type(round(5, -1)).__name__, round(True, -1), type(round(True)).__name__, round(7, None))
for nd in ['1', 1.0, 2**100]:
    try:
        print(round(1234, nd))
    except Exception as e:
        print(type(e).__name__, e)
print((1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print(int.__sizeof__(0) > 0, (2**100).__sizeof__() > (1).__sizeof__())
print(int.__getnewargs__(7), (7).__getnewargs__())
