def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def two(a, b): pass
def kw(*, k): pass
def po(a, /): pass
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: two(1, b=2, c=3))
show(lambda: kw(1))
show(lambda: kw())
show(lambda: po(a=1))
show(lambda: two(1, a=1))
show(lambda: (lambda: 0)(1))
show(lambda: sorted([1, "a"]))
show(lambda: "abc".index("z"))
