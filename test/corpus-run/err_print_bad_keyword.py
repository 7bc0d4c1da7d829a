print("before")
print("x", colour="red")
