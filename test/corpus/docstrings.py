"""Module docstring is stored in __doc__."""

def documented(a):
    """Function docstring becomes the first constant."""
    return a + 1

def not_doc(a):
    a = a * 2
    "this string is just an expression"
    return a

def only_doc():
    "only a docstring"

print(documented(1), not_doc(2), only_doc())
print(__doc__)
