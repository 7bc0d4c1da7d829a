x = 42
name = "Ann"
pi = 3.14159265
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{name!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}")
print(f"{pi:.2f} {pi:10.4f} {pi:e}")
print(f"{x=}", f"{name=}", f"{pi=:.1f}", f"{x + 1=}")
w = 8
print(f"{name:>{w}}|{pi:.{2}f}")
print(f"{'nested'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f"{x:x} {x:#o} {x:,} {1000000:_}")
print(f"{{braces}} {x}")
print(f"{'é'!a}")
