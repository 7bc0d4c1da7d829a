# := inside comprehensions binds in the enclosing function or module (symtable_extend_namedexpr_scope).
def f(data):
    total = [y := x * 2 for x in data]
    print(total, y)
    if any((hit := v) > 3 for v in data):
        print('hit', hit)
    return [last := i for i in range(3)], last

print(f([1, 2, 5]))
vals = [z := n + 1 for n in range(4)]
print(vals, z)
def outer():
    acc = 0
    def inner():
        nonlocal acc
        return [acc := acc + i for i in range(4)]
    r = inner()
    return r, acc
print(outer())
print([p for p in range(10) if (q := p % 4) == 3], q)
print(list(v for v in 'abc' if (last := v)), last)
print({k: (m := k * k) for k in range(3)}, m)
