café = "coffee"
naïve = 3
日本 = "Japan"
π = 3.14159
def größe(länge):
    return länge * 2
print(café, naïve, 日本, π, größe(21))
Δx = 0.5
print(Δx * 4)
