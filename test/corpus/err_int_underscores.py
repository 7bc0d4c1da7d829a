print(int(" +5 "), int("-0"), int("1_0"))
print(int("1__0"))
