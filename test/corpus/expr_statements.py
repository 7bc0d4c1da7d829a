# Expression statements: values computed and discarded, calls kept.
1
"docstring-like string in the middle"
1 + 2
print("first")
print(1 + 2)
None
print
print(3 * 4, 5 - 6)
