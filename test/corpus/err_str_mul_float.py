print("ab" * 2)
print("ab" * 1.5)
