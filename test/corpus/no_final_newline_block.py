x = 5
if x:
    print("ends inside block without newline")
    y = x * 2
    print(y)