# bytes construction and methods (ASCII rules for case, classes and whitespace).
b = b"hello world  x"
print(b.upper(), b.split(), b.split(maxsplit=1), b.rsplit(None, 1), b.split(b"l"), b"-".join([b"a", b"b"]))
print(b.find(b"o"), b.rfind(b"o", 0, 6), b.count(b"l"), b.startswith((b"x", b"he")), b.endswith(b"x"), b.index(b"w"))
print(b.replace(b"l", b"L", 2), b.partition(b" "), b.strip(b"hx "), b"  a\n".strip(), b.center(20, b"*"), b"12".zfill(5))
print(b.title(), b"abC".swapcase(), b"ab1".isalnum(), b"".isalpha(), b"AB".isupper(), b"ab".hex(), b"\xe9".upper())
print(b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4), b"hello".capitalize(), b"x y".title(), b" \x85a ".strip())
print(bytes(range(65, 70)), bytes(2), bytes("é", "utf-8"), bytes(b"xy"), bytes(), bytes([]))
d = {"a": 1}
d |= [("b", 2)]
print(d | {"c": 3}, d)
for call in (lambda: b.split("l"), lambda: b"".join([b"a", "b"]), lambda: bytes(-1), lambda: bytes([300]),
             lambda: bytes("x"), lambda: bytes(["a"]), lambda: bytes(1, "utf-8"), lambda: b.index(b"zz")):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
