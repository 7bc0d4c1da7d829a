# match statements: mapping patterns (literal and dotted keys, **rest) and a failed match binding nothing.
class Keys:
    NAME = 'name'


def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', Keys.NAME: name, **rest} if rest:
            return f'key {name} with {sorted(rest.items())}'
        case {'type': 'key', Keys.NAME: name}:
            return f'key {name}'
        case {1: one, 2.0: two}:
            return f'numbers {one} {two}'
        case {}:
            return 'some other mapping'
        case _:
            return 'not a mapping'


for event in [{'type': 'click', 'pos': (1, 2)}, {'type': 'key', 'name': 'q', 'mod': 'ctrl'},
              {'type': 'key', 'name': 'w'}, {1: 'a', 2: 'b', 3: 'c'}, {'type': 'scroll'}, [('type', 'click')], None]:
    print(handle(event))

match {'a': 1, 'b': 2, 'c': 3}:
    case {'a': 1, **others}:
        print(sorted(others.items()))

bound = 'unbound'
match {'x': 1}:
    case {'x': 1, 'y': bound}:
        print('matched')
    case _:
        print('no match; bound is still', bound)
