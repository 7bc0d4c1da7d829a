x = 100
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
y = 17
y //= 5
print(y)
y %= 2
print(y)
z = 3
z **= 4
print(z)
z <<= 2
print(z)
z >>= 1
print(z)
z &= 0xF0
print(z)
z |= 0x0F
print(z)
z ^= 0xFF
print(z)
s = "ab"
s += "cd"
s *= 3
print(s)
