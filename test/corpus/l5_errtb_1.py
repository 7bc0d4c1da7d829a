def level1(d):
    return level2(d)
def level2(d):
    return d["missing"]
print("start")
level1({"present": 1})
