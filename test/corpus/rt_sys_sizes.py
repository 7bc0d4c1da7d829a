import sys
print(sys.getsizeof(1j), sys.getsizeof(range(5)), sys.getsizeof(frozenset()), sys.getsizeof(set()), sys.getsizeof(lambda:0), sys.getsizeof(object()), sys.getsizeof(Exception()), sys.getsizeof(ValueError('a')))
class A: pass
class B: __slots__ = ("x", "y")
class C(int): pass
class D(tuple): pass
class E(Exception): pass
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C(5)), sys.getsizeof(D((1, 2))), sys.getsizeof(E()), A().__sizeof__(), B().__sizeof__())
print(sys.getsizeof(b"abc"), sys.getsizeof((1,) * 10), sys.getsizeof(-2**64), sys.getsizeof(2**60))
print(A.__basicsize__, B.__basicsize__, C.__basicsize__, D.__basicsize__, E.__basicsize__, C.__itemsize__, D.__itemsize__)
print(int.__basicsize__, float.__basicsize__, str.__basicsize__, tuple.__itemsize__, list.__basicsize__, dict.__basicsize__, type.__basicsize__, object.__basicsize__)
