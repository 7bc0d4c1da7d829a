def f(n):
	if n > 0:
		return n * 2
	else:
		total = 0
		while n < 0:
			total += n
			n += 1
		return total

print(f(4), f(-4))
x = 3
if x:
	print("tab indented")
