# An object whose class has __iter__ but no __next__ is not an iterator (PyIter_Check): iter(), next(),
# for loops, yield from and await say so as CPython does.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class SelfIter:
    def __iter__(self):
        return self


class Awaitable:
    def __await__(self):
        return SelfIter()


async def waiter():
    await Awaitable()


def delegator():
    yield from SelfIter()


show(lambda: iter(SelfIter()))
show(lambda: next(SelfIter()))
show(lambda: next(SelfIter(), 'default'))
show(lambda: SelfIter().__next__())
show(lambda: list(SelfIter()))
show(lambda: [x for x in SelfIter()])
show(lambda: waiter().send(None))
show(lambda: next(delegator()))


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


show(lambda: iter(Counter()).__class__.__name__)
show(lambda: list(Counter()))
show(lambda: next(Counter()))
