print(1 < 2, 2 < 1, 1 <= 1, 2 >= 3, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(1 < 2 <= 2 < 3 != 4)
print("ab" < "b", "abc" == "abc", "a" != "A")
print("ell" in "hello", "xyz" in "hello", "z" not in "hello", "" in "abc")
x = None
one = 1
print(x is None, x is not None, one is not None)
print(True == 1, False == 0, 1 == 1.0, 0.5 < 1)
a = "text"
b = a
print(a is b, a is not b)

def counted(v):
    print("counted", v)
    return v

print(counted(1) < counted(2) < counted(0) < counted(5))
print(not 1 < 2)
print(-1 < 0 == False)
