# async for and async with, driven by hand (no event loop): awaitables, __aiter__/__anext__, __aenter__/__aexit__.
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


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append('enter ' + self.name)
        return self

    async def __aexit__(self, kind, value, tb):
        self.log.append('exit ' + self.name + (' with ' + kind.__name__ if kind else ''))
        return kind is KeyError


async def main(log):
    async for i in Ticker(3):
        log.append(i)
    else:
        log.append('loop done')
    async with Resource('a', log) as a, Resource('b', log):
        log.append('inside ' + a.name)
    async with Resource('c', log):
        raise KeyError('swallowed')
    for n in range(3):
        async with Resource(str(n), log):
            if n == 1:
                break
    async for i in Ticker(5):
        if i == 3:
            continue
        if i == 1:
            break
        log.append(i)
    return 'finished'


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('the coroutine suspended')


log = []
print(run(main(log)))
for entry in log:
    print(entry)
