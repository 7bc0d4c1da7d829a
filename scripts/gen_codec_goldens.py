"""Writes packages/vm/test/fixtures/codecs.json.gz (gzip, to keep the repository small): what CPython 3.11's codecs give for every supported codec
with every built-in error handler (and some registered ones) on texts and bytes chosen to hit
each failure: lone surrogates, invalid, truncated and overlong UTF-8, odd-length UTF-16, bad BOMs,
cp1252's undefined bytes, bad escapes. Also codecs.lookup on names and aliases, and calls that
spell the codec's name differently ("namedCalls": "encode" a text or "decode" hex bytes).

Layout: "texts" and "bytes" (hex) are the inputs; a case names one by index. A result is
{"bytes": hex} | {"text": str, "consumed": n} | {"error": [kind, encoding, start, end, reason,
message], "object"?: hex where it is not the input} | {"exception": [type, message]}; a case with
a registered handler also has "calls": [[start, end, reason], ...].

A JS string cannot hold a lone high surrogate followed by a lone low one (they pair), so cases
whose input or output has one are left out.
"""
import codecs
import gzip
import json
import pathlib
import unicodedata
import warnings

warnings.simplefilter('ignore')  # unicode_escape's DeprecationWarning for unknown escapes

CODECS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
          'ascii', 'latin-1', 'cp1252', 'unicode_escape', 'raw_unicode_escape']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass',
            'xmlcharrefreplace', 'namereplace', 'no.such.handler']
# Codecs whose decoder takes `final` (the others consume everything).
STATEFUL = {
    'utf-8': codecs.utf_8_decode, 'utf-16': codecs.utf_16_decode, 'utf-16-le': codecs.utf_16_le_decode,
    'utf-16-be': codecs.utf_16_be_decode, 'utf-32': codecs.utf_32_decode, 'utf-32-le': codecs.utf_32_le_decode,
    'utf-32-be': codecs.utf_32_be_decode, 'unicode_escape': codecs.unicode_escape_decode,
    'raw_unicode_escape': codecs.raw_unicode_escape_decode,
}

# Named characters from all over the code space, for namereplace.
NAME_SWEEP = ''.join(chr(cp) for cp in range(0xa0, 0x110000, 331) if not 0xd800 <= cp <= 0xdfff)

TEXTS = [
    '', 'abc', '\x00\x7f', '\x80\xff', 'é', 'aé€😀', 'caf\xe9 \u20ac\u201a\u0192', '\u0100', '\uffff',
    '\U0010ffff', '\U00020000\u4e00\uac00\ud7a3\uf900',
    '\ud800', '\udfff', 'a\udc80b', '\udc80\udcff', '\udc80\ud800', '\udc7f', '\ud800\ud800x',
    'é€\udc80', 'x\u20acy\udc81z\U0001f600', '\udcff\udc80abc\udc90', '€\udc80€', 'a\ud800\U0001f600',
    'a\\b\t\n\r"\'\x07', '\x81\x8d\x8f\x90\x9d', '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ',
    '\x80\u0378\U000f0000\U000f01d5\U000f01d6\U000f0200\U000f03cc\U000f03cd\ue000',
]
# Texts tried with a few codecs and handlers only, as their results are long.
LONG_TEXTS = {NAME_SWEEP: [('ascii', 'namereplace'), ('utf-8', 'strict'), ('latin-1', 'backslashreplace')]}

def utf16(s, order):
    return s.encode('utf-16-' + order, 'surrogatepass')

BYTES = [
    b'', b'abc', b'\x00\x7f', 'aé€😀'.encode(), b'\xef\xbb\xbfabc', b'\xef\xbb\xbf', b'\xef\xbb', b'\xef',
    b'\xef\xbb\xbf\xff', b'\xef\xbb\xbf\xe2\x82',
    b'\xff', b'\x80', b'a\xffb\xfec', b'\xc0\x80', b'\xc1\xbf', b'\xc2', b'\xc2a', b'\xe2\x82', b'\xe2\x82a',
    b'\xe2(\xa1', b'\xe0\x80\x80', b'\xe0\x9f\xbf', b'\xe0\xa0', b'\xed\xa0\x80', b'\xed\xa0', b'\xed\xbf\xbf',
    b'\xed\xb2\x80', b'\xed\xb2\x80\xed\xb2\xff', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xf0\x9f', b'\xf0\x80\x80\x80',
    b'\xf0\x8f', b'\xf4\x90\x80\x80', b'\xf4\x8f\xbf\xbf', b'\xf4\x90', b'\xf5\x80\x80\x80', b'\xf8\x88\x80\x80\x80',
    b'\xf0\x9f\x98a', b'\xf0\x9fa', b'\xe2\x82\xac\xe2\x82', b'\x80\x80\x80\x80\x80', b'\xfe\xff',
    b'\xff\xfe', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b', b'a', b'\xff\xfea', b'\xff\xfe\x00',
    utf16('a\ud800', 'le'), utf16('\ud800', 'le')[:1] + b'', utf16('\ud800', 'le') + b'a', utf16('\udc00a', 'le'),
    utf16('\ud800a', 'le'), utf16('\ud800a', 'be'), utf16('😀', 'le'), utf16('😀', 'be'), utf16('\udc00a', 'be'),
    utf16('\ud800', 'be') + b'\x00', b'\x00\xd8\x00', utf16('\udcff\udc80', 'le'), utf16('\udc80', 'le') * 5,
    b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff',
    b'\x00\xd8\x00\x00', b'\x00\x00\xd8\x00', b'\x00\x00\x11\x00', b'\x00\x11\x00\x00', b'a\x00\x00',
    b'\xff\xff\xff\xff', b'\x80\xdc\x00\x00a\x00\x00\x00', b'\xff\xfe\x00\x00\x00\xdc\x00\x00',
    b'a\x00\x00\x00b\x00\x00\x00c', b'\x81\x8d\x8f\x90\x9d', b'\x80\x81\x82', bytes(range(256)),
    b'\\', b'a\\', b'\\\\u0041', b'\\u0041', b'\\U0001F600', b'\\U00110000', b'\\ud800x', b'\\x4', b'\\x4g',
    b'\\u00', b'\\u004g', b'\\N{', b'\\N{}', b'\\N', b'\\Nx', b'\\N{LATIN SMALL LETTER A}',
    b'\\N{latin small letter a}', b'\\N{NULL}', b'\\N{BYTE ORDER MARK}', b'\\N{KEYCAP NUMBER SIGN}',
    b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\N{CJK UNIFIED IDEOGRAPH-4e00}', b'\\N{HANGUL SYLLABLE GGAGG}',
    b'\\N{NO SUCH NAME}x', b'\\q\xe9', b'\\0\\12\\1234\\777\\8', b'\\a\\b\\f\\n\\r\\t\\v\\\'\\"\\\\',
    b'line\\\nnext', b'\\x41\\u0042\\U00000043', b'\\U0000d800', b'\xe9\\xe9\\u00e9',
]

# Registered handlers: successive calls take successive entries, the last repeating. An entry is
# (replacement, resume) with replacement a str or bytes and resume one of: 'end', 'negend'
# (end - len, or end at the end), 'len', 'oob' (len + 1), 'negoob' (-len - 1), 'back' (start - 1, at least 0).
CUSTOM = {
    'ascii': [('XY', 'end')],
    'empty': [('', 'end')],
    'nonascii': [('é€', 'end')],
    'bytes1': [(b'!', 'end')],
    'bytes4': [(b'!!!!', 'end')],
    'negend': [('<>', 'negend')],
    'tolen': [('|', 'len')],
    'oob': [('?', 'oob')],
    'negoob': [('?', 'negoob')],
    'backonce': [('<', 'back'), ('>', 'end')],
    'surrogate': [('\udc80', 'end')],
    'astral': [('😀', 'end')],
}
CUSTOM_TEXTS = ['é', 'aé€😀', 'a\udc80b', '\udc80\udcff', '\ud800\ud800x', '\x81\x8d€']
CUSTOM_BYTES = [b'\xff', b'a\xffb\xfec', b'\xe2\x82', b'\xed\xa0\x80', b'a\x00b', utf16('\udc00a', 'le'),
                b'\x00\xd8\x00\x00', b'\x81\x8d\x80', b'\\x4g', b'\\N{NO SUCH NAME}x']

# Names the calls spell the codecs with: str.encode and bytes.decode go straight to some codecs
# by name, others through the registry, which wraps a handler's failure.
CALL_NAMES = ['UTF8', 'utf_8', 'u8', 'utf', 'UTF-16', 'utf16', 'UTF-16LE', 'utf_32', 'Latin1', 'l1', 'iso8859-1',
              'ISO_8859-1', 'US-ASCII', '646', 'windows-1252', 'utf8_sig']

LOOKUP_NAMES = sorted(set(
    [n for n, m in __import__('encodings.aliases').aliases.aliases.items()]
    + ['utf-8', 'UTF-8', 'utf8', 'u8', 'UTF8', 'utf_8', 'Utf 8', ' utf-8 ', 'utf!!8', 'utf.8', 'utf-8.', 'utf..8',
       '.utf8', 'utf_8.', 'utf\xe98', 'UTF\xa78', 'latin1', 'latin-1', 'LATIN_1', 'iso-8859-1', 'iso_8859-1',
       'iso8859-1', 'ISO8859_1', 'l1', 'ascii', 'US-ASCII', '646', 'cp1252', 'windows-1252', 'WINDOWS_1252',
       'utf-16', 'UTF-16LE', 'utf_16_le', 'utf-16-be', 'utf-16_le', 'utf16', 'u16', 'utf-32', 'utf_32_le',
       'UTF-32BE', 'utf32', 'utf-8-sig', 'utf_8_sig', 'utf8-sig', 'utf 8 sig', 'unicode_escape',
       'unicode-escape', 'raw_unicode_escape', 'Raw-Unicode-Escape', 'ansi_x3.4_1968', 'ansi-x3.4-1968',
       'iso_646.irv:1991', 'xyz', '', '-', 'utf-9', 'latin-2', 'ebcdic', 'aliases', 'utf_8_', 'cp-1252']))


def representable(s):
    return not any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:]))


def outcome(run, data):
    try:
        return run()
    except UnicodeError as e:
        r = {'error': [type(e).__name__[7:13].lower(), e.encoding, e.start, e.end, e.reason, str(e)]}
        if isinstance(e.object, bytes) and e.object != data:
            r['object'] = e.object.hex()
        return r
    except (LookupError, TypeError, IndexError) as e:
        return {'exception': [type(e).__name__, str(e)]}


def text_result(text, consumed):
    return {'text': text, 'consumed': consumed} if representable(text) else None


def custom_handler(entries, calls):
    def handler(e):
        calls.append([e.start, e.end, e.reason])
        replacement, resume = entries[min(len(calls), len(entries)) - 1]
        size = len(e.object)
        pos = {'end': e.end, 'negend': e.end - size if e.end < size else e.end, 'len': size, 'oob': size + 1, 'negoob': -size - 1,
               'back': max(e.start - 1, 0)}[resume]
        return replacement, pos
    return handler


def encode_case(text, encoding, errors):
    return outcome(lambda: {'bytes': text.encode(encoding, errors).hex()}, text)


def decode_case(data, encoding, errors, final):
    if final:
        return outcome(lambda: text_result(data.decode(encoding, errors), len(data)), data)
    if encoding == 'utf-8-sig':
        def run():
            decoder = codecs.getincrementaldecoder(encoding)(errors)
            text = decoder.decode(data, final=False)
            return text_result(text, len(data) - len(decoder.getstate()[0]))
        return outcome(run, data)
    return outcome(lambda: text_result(*STATEFUL[encoding](data, errors, False)), data)


def main():
    assert all(representable(t) for t in TEXTS + list(LONG_TEXTS) + CUSTOM_TEXTS)
    texts = TEXTS + list(LONG_TEXTS) + [t for t in CUSTOM_TEXTS if t not in TEXTS]
    datas = BYTES + [b for b in CUSTOM_BYTES if b not in BYTES]
    encodes, decodes, skipped = [], [], 0
    for encoding in CODECS:
        for errors in HANDLERS:
            for i, text in enumerate(TEXTS):
                encodes.append({'text': i, 'encoding': encoding, 'errors': errors,
                                **encode_case(text, encoding, errors)})
            for i, data in enumerate(BYTES):
                for final in ([True, False] if encoding in STATEFUL or encoding == 'utf-8-sig' else [True]):
                    result = decode_case(data, encoding, errors, final)
                    if result is None:
                        skipped += 1
                        continue
                    decodes.append({'bytes': i, 'encoding': encoding, 'errors': errors, 'final': final, **result})
        for name, entries in CUSTOM.items():
            errors = 'test.' + name
            for text in CUSTOM_TEXTS:
                calls = []
                codecs.register_error(errors, custom_handler(entries, calls))
                result = encode_case(text, encoding, errors)
                encodes.append({'text': texts.index(text), 'encoding': encoding, 'errors': errors, **result,
                                'calls': calls})
            for data in CUSTOM_BYTES:
                calls = []
                codecs.register_error(errors, custom_handler(entries, calls))
                result = decode_case(data, encoding, errors, True)
                if result is None:
                    skipped += 1
                    continue
                decodes.append({'bytes': datas.index(data), 'encoding': encoding, 'errors': errors, 'final': True,
                                **result, 'calls': calls})
    for text, uses in LONG_TEXTS.items():
        for encoding, errors in uses:
            encodes.append({'text': texts.index(text), 'encoding': encoding, 'errors': errors,
                            **encode_case(text, encoding, errors)})
    named_calls = []
    for name in CALL_NAMES:
        for errors in ['no.such.handler', 'test.oob', 'xmlcharrefreplace']:
            if errors.startswith('test.'):
                codecs.register_error(errors, custom_handler(CUSTOM[errors[5:]], []))
            named_calls.append({'encode': 'a\udc80\x81', 'encoding': name, 'errors': errors,
                                **encode_case('a\udc80\x81', name, errors)})
            named_calls.append({'decode': 'ff81', 'encoding': name, 'errors': errors,
                                **decode_case(b'\xff\x81', name, errors, True)})
    lookups = []
    for name in LOOKUP_NAMES:
        try:
            info = codecs.lookup(name)
        except LookupError as e:
            lookups.append([name, None, str(e)])
            continue
        if info.name in {codecs.lookup(c).name for c in CODECS}:
            lookups.append([name, info.name, None])
    custom = {k: [[r if isinstance(r, str) else {'bytes': r.hex()}, p] for r, p in v] for k, v in CUSTOM.items()}
    out = pathlib.Path(__file__).resolve().parent.parent / 'packages' / 'vm' / 'test' / 'fixtures' / 'codecs.json.gz'
    text = json.dumps({
        'texts': texts, 'bytes': [d.hex() for d in datas],
        'customHandlers': custom, 'lookups': lookups, 'encodes': encodes, 'decodes': decodes,
        'namedCalls': named_calls,
    }, separators=(',', ':')).replace('},{', '},\n{') + '\n'
    # mtime=0 keeps the gzip bytes the same from run to run.
    with gzip.GzipFile(out, 'wb', mtime=0) as fh:
        fh.write(text.encode('ascii'))
    print(f'{len(encodes)} encode cases, {len(decodes)} decode cases, {len(named_calls)} calls by other names, '
          f'{len(lookups)} lookups, '
          f'{skipped} left out (surrogate pairs a JS string cannot keep apart)')


main()
