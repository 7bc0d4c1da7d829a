def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
    finally:
        print("finally", a, b)
print(safe_div(7, 2), safe_div(1, 0))
for v in ["1", "x", None]:
    try:
        print(int(v))
    except ValueError as e:
        print("VE", e)
    except TypeError as e:
        print("TE", e)
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print(repr(e))
