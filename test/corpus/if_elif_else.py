def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

print(classify(-5), classify(0), classify(3), classify(42))

x = 7
if x % 2:
    print("odd")
else:
    print("even")

if x > 100:
    print("never")
elif x > 5:
    print("gt5")

if x:
    if x > 3:
        if x > 6:
            print("nested", x)

if 0:
    print("dead code")
if "":
    print("empty")
elif None:
    print("none")
else:
    print("else branch")
