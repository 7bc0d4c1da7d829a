# Line numbers across blank lines, comments and continuations.


a = 1 + \
    2 + \
    3


# a comment between statements

b = (a
     * 2
     + 1)
print(a,
      b)
def f(x,
      y):
    # comment inside
    z = x \
        + y

    return (z *
            2)
print(f(
    1,
    2
))
c = \
    f(3, 4)
print(c)
if (a >
        b):
    print("no")
else:
    print(
        "yes"
    )
d = (
    1
    if a
    else 2
)
print(d, "end")
