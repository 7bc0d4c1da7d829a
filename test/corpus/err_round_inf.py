print(round(2.5), round(1e300))
print(round(1e400))
