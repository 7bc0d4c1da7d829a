def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print(sign(-3), sign(0), sign(8))
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
print(1 if "" else 2)
print((lambda v: v if v else "falsy")(0))
z = (x if x < 0 else -x) if x else None
print(z)
