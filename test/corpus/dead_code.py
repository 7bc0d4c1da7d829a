# Code the compiler removes or never reaches.
def after_return():
    return "returned"
    print("unreachable")
    x = 1

def after_break():
    i = 0
    while True:
        i += 1
        if i > 2:
            break
            i = 100
        continue
        i = 200
    return i

def constant_conditions():
    r = ""
    if 0:
        r += "zero"
    if 1:
        r += "one"
    if False:
        r += "false"
    else:
        r += "else"
    while 0:
        r += "never"
    if None:
        r += "none"
    elif True:
        r += "elif"
    return r

def while_true_return(n):
    while 1:
        if n > 5:
            return n
        n += 2

print(after_return(), after_break(), constant_conditions(), while_true_return(0))
if not 1:
    print("not printed")
