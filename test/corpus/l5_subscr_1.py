L = list(range(10))
print(L[2], L[-1], L[2:5], L[:3], L[7:], L[::2], L[::-1], L[1:8:3])
L[0] = 100
L[-1] += 5
L[2:4] = ["a", "b", "c"]
print(L)
del L[0]
del L[::2]
print(L)
L[1:1] = [0, 0]
print(L)
s = "abcdefg"
print(s[1:-1], s[-3:], s[::3])
t = (1, 2, 3, 4)
print(t[1:3], t[-2])
