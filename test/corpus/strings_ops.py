s = "hello"
t = s + ", " + "world"
print(t, len(t))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
print("lo" in s, "ol" in s, "hel" not in s)
print(s * 2, "-" * 10)
print(s == "hel" + "lo", s != "Hello")
print(str(1) + str(2.0) + str(None))
print(len("multi\nline"), "x" "y")
print(repr("quote's"), repr('dq"'), repr("\\"))
print(min("zebra", "apple"), max("a", "A"))
print(ord("a") - ord("A"), chr(ord("a") + 1))
