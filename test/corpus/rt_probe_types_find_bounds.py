# find/rfind/index/count/startswith/endswith of str, bytes and bytearray with start past end:
# the range holds nothing, not even the empty string (CPython's ADJUST_INDICES callers).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


for s in ['abc', b'abc', bytearray(b'abc')]:
    empty = s[:0]
    for start, end in [(2, 1), (3, 3), (4, None), (3, None), (-1, -2), (0, -4), (-10, 10), (None, 0)]:
        show((type(s).__name__, start, end, 'find'), lambda: s.find(empty, start, end))
        show((type(s).__name__, start, end, 'rfind'), lambda: s.rfind(empty, start, end))
        show((type(s).__name__, start, end, 'count'), lambda: s.count(empty, start, end))
        show((type(s).__name__, start, end, 'startswith'), lambda: s.startswith(empty, start, end))
        show((type(s).__name__, start, end, 'endswith'), lambda: s.endswith((empty,), start, end))
        show((type(s).__name__, start, end, 'index'), lambda: s.index(empty, start, end))
        show((type(s).__name__, start, end, 'rindex'), lambda: s.rindex(empty, start, end))
    show((type(s).__name__, 'count b'), lambda: s.count(s[1:2], 1, 1))
    show((type(s).__name__, 'find bc'), lambda: s.find(s[1:], 1, 2))
print('aaaa'.count('aa'), 'abcabc'.count('abc', -3), 'abc'.count(''), ''.count(''))
