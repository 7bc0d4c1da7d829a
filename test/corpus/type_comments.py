# Type comments: `python3 -m ast` reads them (type_comment fields, Module.type_ignores), compile() doesn't.


def mean(values,  # type: List[float]
         weights=None,  # type: Optional[List[float]]
         *rest,  # type: float
         scale=1.0,  # type: float
         **options  # type: Any
         ):
    # type: (...) -> float
    total = 0.0  # type: float
    count = 0  # type: ignore
    for value in values:  # type: float
        total = total + value
        count += 1
    return total / count * scale


def first(items):  # type: (List[int]) -> int
    result = items[0]  # type: int
    return result


class Resource:
    def __enter__(self):  # type: () -> Resource
        return self

    def __exit__(self, *exc):
        # type: (*object) -> bool
        return False


a = b = [1, 2, 3]  # type: List[int]
x, *y = a  # type:int
with Resource() as r, Resource():  # type: Resource
    print(mean([1.0, 2.0, 3.0], scale=2.0), first(b), x, y)  # type: ignore[call-arg]
print(r.__class__.__name__)  # type:ignore
