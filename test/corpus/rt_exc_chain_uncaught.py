def inner(x):
    return 1 / x

def middle(x):
    try:
        return inner(x)
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e

def outer():
    try:
        middle(0)
    except ValueError:
        raise KeyError("while handling")

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__)
        return False

with Ctx():
    try:
        outer()
    finally:
        print("finally")
