# Character classification and case mapping over the code points of planes 0 and 1 (but the
# surrogates) and the tags block, checked blockwise: each line folds, per 4096-code-point block,
# how many characters pass (or what the mapping gives) into one number, so any single differing
# code point changes it. (Planes 2-16 hold only long uniform runs; a full sweep takes too long here.)
M = 2**61 - 1
starts = [*range(0, 0x20000, 4096), 0xE0000]
blocks = [''.join(map(chr, range(b, 0xD800 if b == 0xD000 else b + 4096))) for b in starts]


def fold(parts):
    h = 0
    for n in parts:
        h = (h * 1000003 + n) % M
    return h


for pred in [str.isalpha, str.isdecimal, str.isdigit, str.isnumeric, str.isalnum, str.islower, str.isupper,
             str.istitle, str.isspace, str.isprintable, str.isidentifier]:
    passed = [''.join(filter(pred, s)) for s in blocks]
    print(pred.__name__, sum(map(len, passed)), fold(sum(map(ord, p)) for p in passed))
passed = [''.join(filter(str.isidentifier, map('a'.__add__, s))) for s in blocks]
print('isidentifier after a', sum(map(len, passed)) // 2, fold(sum(map(ord, p)) for p in passed))
# Whole blocks: context (final sigma, title's word starts) included; title per character: each titlecase mapping.
for f in [str.lower, str.upper, str.casefold, str.title, str.swapcase, str.capitalize]:
    mapped = list(map(f, blocks))
    print(f.__name__, sum(map(len, mapped)), fold(sum(map(ord, m)) + len(m) for m in mapped))
titled = [''.join(map(str.title, s)) for s in blocks]
print('title of each', sum(map(len, titled)), fold(sum(map(ord, m)) + len(m) for m in titled))
