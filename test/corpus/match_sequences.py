# match statements: sequence patterns with and without a star, nested, and as-patterns.
def shape(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one: {a}'
        case [a, b] if a == b:
            return f'pair of equals: {a}'
        case (a, b):
            return f'pair: {a}, {b}'
        case [first, *_, last] if first == last:
            return f'same ends: {first}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first} {middle} {last}'
        case [*_, 'end']:
            return 'ends with end'
        case [[a, b], [c, d]]:
            return f'nested: {a}{b}{c}{d}'
        case [_, _, _] as three:
            return f'three: {three}'
        case [x, *rest]:
            return f'head {x}, rest {rest}'
        case str():
            return 'a string is not a sequence here'
        case _:
            return 'no match'


for value in [[], [1], [2, 2], (3, 4), [5, 6, 5], [1, 2, 3, 4, 5], ['a', 'b', 'end'], [[1, 2], [3, 4]],
              (7, 8, 9), [1, 2, 3, 4], 'abc', 42, range(3), [1, 'end']]:
    print(repr(value), '->', shape(value))


def swap_or(x):
    match x:
        case [a, b, c] | [c, b, a, 0] | [b, c, a, 1, 1]:
            return a, b, c
        case ([y] | (y, None)) as whole:
            return y, whole
    return None


for value in [[1, 2, 3], [1, 2, 3, 0], [1, 2, 3, 1, 1], [9], (8, None), [7, 7]]:
    print(repr(value), '->', swap_or(value))
