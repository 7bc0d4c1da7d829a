# Number attributes and methods, int/float/complex class methods.
print((2).real, (2).imag, (6).numerator, (6).denominator, (3).conjugate(), True.real, True.numerator)
print((2.5).real, (2.5).imag, (2.5).is_integer(), (4.0).is_integer(), (2.5).as_integer_ratio(), (-0.1).as_integer_ratio())
print((1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate(), (10).bit_count(), (-255).bit_count(), (5).as_integer_ratio())
print((255).to_bytes(2, 'big'), (255).to_bytes(2, byteorder='little'), (-1).to_bytes(2, 'big', signed=True), (1).to_bytes())
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'big'))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x.1p-4'), float.fromhex('inf'), float.fromhex('0x1.fffffffffffffp1023'))
print(dict.fromkeys('xy', 0), dict.fromkeys([1, 2]), {}.fromkeys((3,)), str.maketrans('ab', 'xy'), str.maketrans({'a': 'b'}))
print('abc'.translate(str.maketrans('ab', 'xy', 'c')), bytes.fromhex('41 42 ff'))
for call in (lambda: (-1).to_bytes(2, 'big'), lambda: (256).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
             lambda: float('nan').as_integer_ratio(), lambda: float('inf').as_integer_ratio(), lambda: float.fromhex('0x1p9999'),
             lambda: float.fromhex('zz'), lambda: bytes.fromhex('4g'), lambda: str.maketrans('ab', 'x')):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
