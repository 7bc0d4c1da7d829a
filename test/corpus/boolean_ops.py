print(1 or 2)
print(0 or 2)
print(0 or "")
print(1 and 2)
print(0 and 2)
print("" and 0)
print(None or "default")
print(not 0, not 1, not "", not "x", not None)
print(1 and 2 or 3)
print(0 and 2 or 3)
print(1 or 2 and 3)
print(not 1 == 2)
print(not not 5)
a = 0
b = "b"
c = None
print(a or b or c)
print(a and b and c)
print((a or c) and b)

def side(v, tag):
    print("eval", tag)
    return v

print(side(0, "first") and side(1, "second"))
print(side(1, "first") or side(1, "second"))
if side(1, "x") and not side(0, "y"):
    print("condition true")
while side(0, "w") or side(0, "v"):
    pass
