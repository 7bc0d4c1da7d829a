print(ord("a"))
print(ord("ab"))
