def three(a, b, c):
    return a + b * c

def none_args():
    return "none"

def echo(x):
    return x

print(three(1, 2, 3))
print(none_args())
print(echo(echo(echo("deep"))))
print(three(echo(1), echo(2), three(1, 1, 1)))
f = three
print(f(3, 2, 1))
print((three)(0, 0, 0))
