print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\tnewline\nbackslash\\ bell\a backspace\b formfeed\f vt\v cr\rX")
print("\x41\x62\x7e", "\u00e9\u4e2d", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}")
print("\101\0\7\177\1011")
print(r"raw \n stays \x41", R'raw\t', r"\\")
print("implicit " 'concat' """enation""")
print("""multi
line
string""")
print('''line one \
continued''')
print("")
print(repr("\x00\x1f\x7f\x80\xa0\xff"), repr("'"), repr('"'), repr("'\""))
print(len("\N{SNOWMAN}"), len("\U0010FFFF"))
print("a" "b" "c" == "abc")
print(repr(r"a\b"))
