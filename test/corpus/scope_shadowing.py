v = 1

def a():
    v = 2
    def b():
        v = 3
        def c():
            return v
        return c() + v
    return b() + v

print(a(), v)

def param_shadow(v):
    return v * 10

print(param_shadow(7), v)

def uses_builtin():
    return len("four")

def shadows_builtin():
    len = lambda s: 99
    return len("four")

print(uses_builtin(), shadows_builtin(), len("abc"))
