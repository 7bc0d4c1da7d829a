a = 23
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a | b, a ^ b, a & b, a << b, a >> b)
x = 2.5
y = 0.5
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(a + x, a * y, b / 2, b // 2.0)
print(True + True, True * 3, False - 1)
print("ab" + "cd", "ab" * 3, 3 * "xy", "x" * 0, "y" * -1)
print(-a, +a, ~a, -x, +x)
print(-True, ~True, +False)
