# @ is valid syntax but ints do not implement it.
print("before")
print(2 @ 3)
