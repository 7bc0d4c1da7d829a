x = "global x"

def f():
    x = "f local"
    def g():
        global x
        x = "set by g"
        return x
    def h():
        nonlocal x
        x = "set by h"
        return x
    print(g(), x)
    print(h(), x)
    return x

print(f())
print(x)

def reads_global_late():
    return later_defined

later_defined = "defined after the function"
print(reads_global_late())
