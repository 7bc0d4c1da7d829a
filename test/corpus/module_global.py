# `global` at module level is allowed and changes nothing.
global counter
counter = 0

def incr():
    global counter
    counter = counter + 1

incr()
incr()
print(counter)

def use_then_assign_global():
    global late
    late = "assigned"
    return late

print(use_then_assign_global(), late)
