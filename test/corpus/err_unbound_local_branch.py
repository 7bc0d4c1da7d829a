def pick(flag):
    if flag:
        value = "set"
    return value

print(pick(1))
print(pick(0))
