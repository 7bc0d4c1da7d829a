x = 5
print(-x, +x, ~x, not x)
print(- -x, ~~x, not not x, -~x, ~-x)
y = -2.5
print(-y, +y, not y)
print(-True, +True, ~False)
z = 0
print(-z, not z, ~z)
print(-(2 ** 100), ~(2 ** 100))
print(-0.0, -(0.0), +(-0.0))
