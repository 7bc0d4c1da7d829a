# The thirteenth augmented operator: @= compiles fine, ints reject it.
m = 3
m += 1
print(m)
m @= 2
print("not reached")
