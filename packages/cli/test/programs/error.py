# An uncaught exception two calls deep: a traceback on stderr, exit status 1.
def ratio(a, b):
    return a / b

def report(values):
    print("reporting", values)
    return ratio(values[0], values[1])

print(report([6, 3]))
print(report([1, 0]))
print("not reached")
