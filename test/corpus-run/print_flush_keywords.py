def show(a, b=2, c=3):
    print(a, b, c, sep="|")

show(1)
show(1, c=30)
show(a=5, b=6)
show(c=9, a=7)
print("flushed", flush=True)
