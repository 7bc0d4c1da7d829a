# A chain of elif branches over distinct string constants.
def pick(n):
    if n == 0:
        return 'branch-0'
    elif n == 1:
        return 'branch-1'
    elif n == 2:
        return 'branch-2'
    elif n == 3:
        return 'branch-3'
    elif n == 4:
        return 'branch-4'
    elif n == 5:
        return 'branch-5'
    elif n == 6:
        return 'branch-6'
    elif n == 7:
        return 'branch-7'
    elif n == 8:
        return 'branch-8'
    elif n == 9:
        return 'branch-9'
    elif n == 10:
        return 'branch-10'
    elif n == 11:
        return 'branch-11'
    elif n == 12:
        return 'branch-12'
    elif n == 13:
        return 'branch-13'
    elif n == 14:
        return 'branch-14'
    elif n == 15:
        return 'branch-15'
    elif n == 16:
        return 'branch-16'
    elif n == 17:
        return 'branch-17'
    elif n == 18:
        return 'branch-18'
    elif n == 19:
        return 'branch-19'
    elif n == 20:
        return 'branch-20'
    elif n == 21:
        return 'branch-21'
    elif n == 22:
        return 'branch-22'
    elif n == 23:
        return 'branch-23'
    elif n == 24:
        return 'branch-24'
    elif n == 25:
        return 'branch-25'
    elif n == 26:
        return 'branch-26'
    elif n == 27:
        return 'branch-27'
    elif n == 28:
        return 'branch-28'
    elif n == 29:
        return 'branch-29'
    elif n == 30:
        return 'branch-30'
    elif n == 31:
        return 'branch-31'
    elif n == 32:
        return 'branch-32'
    elif n == 33:
        return 'branch-33'
    elif n == 34:
        return 'branch-34'
    elif n == 35:
        return 'branch-35'
    elif n == 36:
        return 'branch-36'
    elif n == 37:
        return 'branch-37'
    elif n == 38:
        return 'branch-38'
    elif n == 39:
        return 'branch-39'
    else:
        return 'none'

print(pick(0), pick(17), pick(39), pick(500))
