assert 1 + 1 == 2, "fine"
x = 3
assert x > 5, f"x too small: {x}"
