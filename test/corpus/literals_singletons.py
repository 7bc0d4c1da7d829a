print(True, False, None)
x = True
y = None
print(x is True, y is None, False is not None)
print(True + 0, type(True), type(None))
print(repr(None), repr(False))
