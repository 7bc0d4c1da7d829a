# Operator dunders: binary, reflected, in-place, NotImplemented fallbacks, comparisons.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v!r})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.v + o.v)
        if isinstance(o, int): return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __sub__(self, o): return V(self.v - o.v) if isinstance(o, V) else NotImplemented
    def __mul__(self, o): return V(self.v * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return "matmul"
    def __truediv__(self, o): return "truediv"
    def __rtruediv__(self, o): return "rtruediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __rmod__(self, o): return "rmod"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o, m=None): return ("rpow", o, m)
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __neg__(self): return V(-self.v)
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __index__(self): return self.v
    def __int__(self): return 99
    def __float__(self): return 1.5
    def __complex__(self): return 2j

a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, a - b, a * 3, 3 * a)
print(a @ b, a / 1, 1 / a, a // 1, a % 1, 1 % a, divmod(a, 1), divmod(1, a))
print(a ** 2, 2 ** a, pow(a, 2, 5), a << 1, a >> 1, a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a)
print(-a, +a, abs(a), ~a, int(a), float(a), complex(a))
print([10, 20, 30][V(1)], hex(V(255)), bin(V(5)), oct(V(8)), "%x" % V(26), range(V(3)))
for expr in ["a - 1", "1 - a", "a @ 'x'" , "'x' @ a", "a < b", "None + a", "a + 'x'", "[] * a", "pow(2, a, 3)"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)

class I:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub fallback"
    def __imul__(self, o): return "imul result"
    def __ipow__(self, o): return "ipow"
    def __imatmul__(self, o): return "imatmul"
    def __ior__(self, o): return "ior"
x = I(1)
x += 5
print(x.v)
x -= 1
print(x)
x = I(1)
x *= 2
print(x)
x = I(1); x **= 2; print(x)
x = I(1); x @= 2; print(x)
x = I(1); x |= 2; print(x)
y = I(1)
try:
    y /= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    y <<= 2
except TypeError as e:
    print(type(e).__name__, e)

# Subclass reflected priority
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class Sub2(Base): pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2())

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented
c1, c2 = Cmp(1), Cmp(2)
print(c1 == c2, c1 != c2, c1 == c1, c1 != c1)
try:
    c1 < c2
except TypeError as e:
    print(type(e).__name__, e)
try:
    c1 >= 3
except TypeError as e:
    print(type(e).__name__, e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1), Ord(2)]), Ord(2) > Ord(1), max(Ord(5), Ord(7)))
class Sub3(Ord):
    def __gt__(self, o): return "Sub3.gt"
print(Ord(1) < Sub3(2))
class NE:
    def __eq__(self, o): return "custom"
print(NE() == 1, NE() != 1, 1 != NE())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class LenOnly:
    def __len__(self): return 0
class LenNeg:
    def __len__(self): return -1
class LenBig:
    def __len__(self): return 2**70
class LenStr:
    def __len__(self): return "3"
print(bool(LenOnly()), not LenOnly())
for cls in (LenNeg, LenBig, LenStr):
    try:
        len(cls())
    except Exception as e:
        print(type(e).__name__, e)
try:
    bool(LenNeg())
except ValueError as e:
    print(type(e).__name__, e)
class IdxBad:
    def __index__(self): return "x"
try:
    [1][IdxBad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator_index = (1).__index__
    hex(IdxBad())
except TypeError as e:
    print(type(e).__name__, e)
class IntBad:
    def __int__(self): return 1.5
try:
    int(IntBad())
except TypeError as e:
    print(type(e).__name__, e)
class FloatBad:
    def __float__(self): return 1
try:
    float(FloatBad())
except TypeError as e:
    print(type(e).__name__, e)
