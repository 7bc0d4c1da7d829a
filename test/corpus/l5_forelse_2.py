def find(seq, x):
    for i, v in enumerate(seq):
        if v == x:
            return i
    else:
        return -1
print(find("hello", "l"), find("hello", "z"))
for ch in "abc":
    for n in [1, 2]:
        if n == 2 and ch == "b":
            break
        print(ch, n)
    else:
        print("inner done", ch)
