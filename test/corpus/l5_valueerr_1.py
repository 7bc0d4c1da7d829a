print(int("12"))
int("1x")
