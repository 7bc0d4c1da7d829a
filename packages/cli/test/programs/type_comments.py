# Type comments, which `python3 -m ast` reads (and `--no-type-comments` leaves as comments).


def scale(values,  # type: List[float]
          factor,  # type: float
          ):
    # type: (...) -> List[float]
    out = []  # type: List[float]
    for v in values:  # type: float
        out.append(v * factor)
    return out


class Box:
    def __enter__(self):  # type: () -> Box
        return self

    def __exit__(self, *exc):  # type: (*object) -> None
        pass


with Box() as box:  # type: Box
    total = sum(scale([1.0, 2.0], 3.0))  # type: float
print(total)  # type: ignore[name-defined]
