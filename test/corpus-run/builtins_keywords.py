print(int("ff", base=16), int("0b101", 0))
print(round(3.14159, ndigits=3), round(number=2.5))
print(str(object=5), float(), int())
