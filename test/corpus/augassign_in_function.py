counter = 0

def bump(n):
    global counter
    counter += n
    return counter

def local_aug(a):
    b = a
    b *= a
    b -= 1
    b //= 2
    b **= 2
    b %= 1000
    b <<= 3
    b >>= 1
    b |= 1
    b &= 0xFFFF
    b ^= 0x5555
    b /= 2
    return b

print(bump(1), bump(2), bump(3))
print(local_aug(7))
print(local_aug(123))
