rows = [("id", "name", "score"), (1, "ann", 9.5), (22, "bo", 10.25)]
for r in rows:
    print("{:>3} {:<5} {:>6}".format(*r))
for i, name, score in rows[1:]:
    print("%-4d%s=%.1f" % (i, name, score))
print("{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=5))
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:g}".format(1e20), "{:n}".format(1234))
print("a{}b".format([1, "x"]), "{}".format(None), "{:>4}".format(True))
