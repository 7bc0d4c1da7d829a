# input(): prompts on stdout, lines from stdin, EOFError at the end.
name = input("name? ")
print("hi", name)
age = input()
print("age", age)
try:
    input("more? ")
except EOFError as e:
    print("eof", repr(e))
