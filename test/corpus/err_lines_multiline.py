def divide(a,
           b):
    return (a
            +
            1) // (b
                   - b)

x = 10
print("about to fail")
print(divide(
    x,
    3))
