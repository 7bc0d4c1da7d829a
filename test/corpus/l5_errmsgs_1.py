def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
one = 1
show(lambda: one[0])
show(lambda: {}[[1]])
show(lambda: {[1]})
show(lambda: "x" * one.__class__.__name__)
nothing = None
show(lambda: nothing())
show(lambda: [].pop())
show(lambda: (1, 2)[5])
show(lambda: "abc"[10])
show(lambda: int("z"))
show(lambda: float("q"))
show(lambda: {"a": 1}["b"])
show(lambda: [1].index(2))
show(lambda: 1 / 0)
show(lambda: len(None))
