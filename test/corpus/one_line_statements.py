a = 1; b = 2; print(a + b)
if a: print("one-line if")
if not a: print("no")
else: print("one-line else")
def f(x): return x * 3
print(f(4));
i = 0
while i < 3: i += 1
print(i)
def g(): pass
print(g())
