def check(n):
    assert n >= 0
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught", repr(e))
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
assert [], "empty list is falsy"
