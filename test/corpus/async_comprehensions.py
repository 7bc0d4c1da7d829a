# Asynchronous comprehensions and generator expressions, and await inside comprehensions, driven by hand.
class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def double(x):
    return 2 * x


async def main():
    squares = [i * i async for i in Ticker(4)]
    evens = {i async for i in Ticker(6) if i % 2 == 0}
    table = {i: [j async for j in Ticker(i)] async for i in Ticker(3)}
    doubled = [await double(x) for x in range(3)]
    mixed = [(i, j) async for i in Ticker(2) for j in range(2) if await double(j)]
    agen = (await double(i) async for i in Ticker(3))
    collected = [x async for x in agen]
    return squares, sorted(evens), table, doubled, mixed, collected


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('the coroutine suspended')


for part in run(main()):
    print(part)
