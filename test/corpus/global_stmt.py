g = 1

def read_global():
    return g

def write_global(v):
    global g
    g = v

def create_global():
    global created
    created = "made inside a function"

print(read_global())
write_global(42)
print(g, read_global())
create_global()
print(created)

def shadow():
    g = "local"
    return g

print(shadow(), g)
