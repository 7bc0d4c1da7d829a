import sys
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("suspend", self.v)
        return x * 2
async def co(a):
    r = await Awaitable(a)
    print("awaited", r)
    return r + 1
c = co(5)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None, c.cr_origin, c.cr_suspended)
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__, c.cr_suspended)
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = co(1)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def plain(): return 7
p = plain()
try:
    next(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(p)
except TypeError as e:
    print(type(e).__name__, e)
w = p.__await__()
print(type(w).__name__)
try:
    w.send(None)
except StopIteration as e:
    print("via wrapper", e.value)
class BadAwait:
    def __await__(self): return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def await_int():
    await 3
try:
    await_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def agen():
    for i in range(3):
        got = yield i
        if got:
            print("agen got", got)
    print("agen end")
ag = agen()
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_await, ag.ag_code.co_name, ag.ag_frame is not None)
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
print(drive(ag.__anext__()), drive(ag.asend("hello")), drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)
ag2 = agen()
print(drive(ag2.__anext__()))
try:
    drive(ag2.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow propagated", e)
ag3 = agen()
drive(ag3.__anext__())
print(drive(ag3.aclose()))
async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out, [x async for x in agen()]
print(drive(collect()))
async def ctx():
    class ACM:
        async def __aenter__(self): print("aenter"); return "val"
        async def __aexit__(self, *a): print("aexit", a[0]); return False
    async with ACM() as v:
        print("inside", v)
drive(ctx())
async def anext_default():
    async def empty():
        return
        yield
    return await anext(empty(), "dflt")
print(drive(anext_default()))
async def bad_aiter():
    items = [1, 2]
    async for x in items:
        pass
try:
    drive(bad_aiter())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_with():
    async with object():
        pass
try:
    drive(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
