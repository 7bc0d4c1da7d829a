# Set errors carry CPython's messages.
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    s.add([1])
except TypeError as e:
    print(e)
try:
    print([1] in s)
except TypeError as e:
    print(e)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    frozenset().add(1)
except AttributeError as e:
    print(e)
print({frozenset({1}): 'a'}[frozenset([1])])
print({1, 2} - {2} | {5})
{{1}}
