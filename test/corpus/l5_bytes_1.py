b = b"hello"
print(b, len(b), b[0], b[1:3], b[-1])
print(b + b" world", b * 2, b"ll" in b)
print(list(b"abc"), bytes([65, 66, 67]), bytes(3))
print(b.upper(), b.split(b"l"), b"-".join([b"a", b"b"]))
print(b.decode(), "ü".encode("utf-8"), b"\xc3\xbc".decode())
print(b.hex(), bytes.fromhex("414243"), b == b"hello", b < b"help")
print(bytearray(b"ab"), b.find(b"l"), b.count(b"l"), b.startswith(b"he"))
