"""from __future__ import annotations: annotations are kept as the text they were written as."""
from __future__ import annotations
from __future__ import generator_stop, division


def f(a: int, b: list[str] = [], *args: tuple[int, ...], c: 'quoted' = None, **kw: dict[str, int | None]) -> Point:
    return a


class Point:
    x: int
    y: float = 0.5
    label: str | None = None
    history: list[Point] = []

    def moved(self, dx: int = 1, /, *, dy: lambda v: v ** 2 = 0) -> Point:
        return self


count: int = 3
matrix: [[1, 2], [3, 4]]
weird: f(x for x in y) if not done else {k: v for k, v in pairs}
undefined_names_are_fine: NoSuchType[Anything]

for name, value in sorted(f.__annotations__.items()):
    print('f', name, repr(value))
for name, value in Point.__annotations__.items():
    print('Point', name, repr(value))
for name, value in Point.moved.__annotations__.items():
    print('moved', name, repr(value))
for name, value in __annotations__.items():
    print('module', name, repr(value))
print(Point.y, count, f(1))
