# str case mapping: lower/upper/casefold/title/capitalize/swapcase over ASCII and Unicode special cases.
words = ['hello World', 'ß', 'ŉ', 'ǅungla', 'ǈ', 'İstanbul', 'ﬁne ﬂow', 'ΣΑΣ ΟΔΟΣ', 'σας', 'ΌΣΟΣ Σ', 'aΣb', 'Σ',
         'ᾳ ᾼ', 'ǰ', 'ﬀ', 'Ⅷ ⅷ', 'ǲ', 'ꭰ', 'Ꭰ', '𐐀𐐨', "they're bill's friends", 'hello\tworld', '3rd place',
         'o\'neil mc-donald', 'ΐ', 'ẞ', 'ı', 'Å', 'ǉubljana', '', ' ', '123abc', 'ABC def GHI', 'a\u0345b', 'Ω\u0345']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.casefold()))
    print('   ', repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
    print('   ', w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum(), w.isascii(), len(w.upper()))
print('ΑΣ'.lower(), 'ΑΣ.'.lower(), 'Α.Σ'.lower(), 'ΑΣ Α'.lower(), 'Σ'.lower(), 'ΑΣ\u0301'.lower(), 'ΑΣ\u0301Α'.lower())
print('ÀÉÎÕÜ'.lower(), 'àéîõü'.upper(), 'ﬃ'.upper(), 'ﬃ'.title(), 'ﬃx'.capitalize(), 'ŉx'.title())
print('aBc'.swapcase().swapcase(), 'İ'.lower(), len('İ'.lower()), 'i̇'.upper(), 'ß'.swapcase(), 'ǅ'.swapcase())
print('hello world'.title(), 'HELLO WORLD'.title(), 'hello_world'.title(), "isn't".title(), 'a1b2c3'.title(), 'ǆa ǆb'.title())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HeLLo'.istitle(), 'A'.istitle(), '1A'.istitle(), 'ǅ'.istitle(), ''.istitle())
print('abc'.islower(), 'abc1'.islower(), '1'.islower(), 'ABC'.isupper(), 'ABC1'.isupper(), 'ǅ'.isupper(), 'ǅ'.islower())
print(str.lower('ABC'), str.upper.__name__, str.casefold.__qualname__, 'ABC'.lower.__self__)
try:
    str.lower(5)
except TypeError as e:
    print('TypeError', e)
try:
    'a'.lower(1)
except TypeError as e:
    print('TypeError', e)
class S(str):
    pass
s = S('Hello')
print(type(s.lower()).__name__, type(s.upper()).__name__, type(s.title()).__name__, type(S('').casefold()).__name__)
print(type(s.capitalize()).__name__, type(s.swapcase()).__name__, s.lower() == 'hello')
for cp in [0x1E9E, 0x0130, 0x03A3, 0x1F88, 0x1FBC, 0xFB05, 0x10400, 0x1E921, 0x2C2F, 0xA7C0, 0x13A0, 0xAB70]:
    c = chr(cp)
    print(hex(cp), [hex(ord(x)) for x in c.lower()], [hex(ord(x)) for x in c.upper()], [hex(ord(x)) for x in c.title()],
          [hex(ord(x)) for x in c.casefold()])
