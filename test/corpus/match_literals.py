# match statements: literal, singleton, value, capture, wildcard and or-patterns, guards.
class Color:
    RED = 'red'
    GREEN = 'green'


def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 2.5 | 1+2j:
            return 'float or complex'
        case 'a' 'b':
            return 'the string ab'
        case b'x':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case Color.RED:
            return 'red'
        case Color.GREEN | 'GREEN':
            return 'green'
        case n if n > 100:
            return 'big ' + str(n)
        case _:
            return 'other'


for value in [0, 2, -1, 2.5, 1+2j, 'ab', b'x', None, True, False, 'red', 'GREEN', 1000, 50]:
    print(repr(value), describe(value))

match 5:
    case _:
        print('only a wildcard')

match 7:
    case x if x < 0:
        print('negative')
    case x:
        print('captured', x)
