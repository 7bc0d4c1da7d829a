print(chr(1114111) == chr(0x10FFFF))
print(chr(1114112))
