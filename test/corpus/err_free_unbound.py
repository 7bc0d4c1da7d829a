def outer():
    def inner():
        return later
    print("inner made")
    inner()
    later = 1

outer()
