s = "hello World of python"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower(), "Hello World".istitle())
print("".isalpha(), "12a".isdigit(), "x1".isidentifier(), "1x".isidentifier())
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("a\tb".expandtabs(4), "x".join("abc"), "abc".partition("b"), "abc".rpartition("z"))
print("Line1\nLine2\r\nLine3".splitlines(), "ab".encode())
