def g(s):
    return s - 1

g("text")
