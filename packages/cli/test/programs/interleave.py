# Alternating streams: on a shared pipe the lines must come out in program order.
import sys
i = 0
while i < 200:
    if i % 3 == 0:
        print("line", i, file=sys.stderr)
    else:
        print("line", i)
    i = i + 1
