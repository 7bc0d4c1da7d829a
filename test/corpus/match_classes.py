# match statements: class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ('center', 'radius')

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def where(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Circle(Point(x=cx, y=cy), radius=r) if r > 10:
            return f'big circle at {cx},{cy}'
        case Circle(center=Point() as c, radius=_):
            return f'circle around {c.x},{c.y}'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case Point(x, y):
            return f'point {x},{y}'
        case _:
            return 'unknown'


for shape in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Circle(Point(1, 1), 20),
              Circle(Point(2, 3), 1), 7, 2.5, 'text', [1]]:
    print(where(shape))
