a = 1
b = 2

def f(x):
    return x * 10

print(f(a) + b)
s = """crlf
inside"""
print(len(s), repr(s))
if a:
    print("crlf done")
