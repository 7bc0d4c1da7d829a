inventory = {"apples": [3, 1.5], "pears": [0, 2.0], "kiwis": [12, 0.25]}
total = 0
for fruit, (qty, price) in sorted(inventory.items()):
    if qty == 0:
        print(f"{fruit:<8} out of stock")
        continue
    cost = qty * price
    total += cost
    print(f"{fruit:<8}{qty:>4} x {price:5.2f} = {cost:6.2f}")
print(f"{'total':<8}{total:>21.2f}")
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print([[row[i] * 2 for row in matrix] for i in range(3)])
