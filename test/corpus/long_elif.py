# A long chain of elif branches over distinct string constants.
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
    elif n == 40:
        return 'branch-40'
    elif n == 41:
        return 'branch-41'
    elif n == 42:
        return 'branch-42'
    elif n == 43:
        return 'branch-43'
    elif n == 44:
        return 'branch-44'
    elif n == 45:
        return 'branch-45'
    elif n == 46:
        return 'branch-46'
    elif n == 47:
        return 'branch-47'
    elif n == 48:
        return 'branch-48'
    elif n == 49:
        return 'branch-49'
    elif n == 50:
        return 'branch-50'
    elif n == 51:
        return 'branch-51'
    elif n == 52:
        return 'branch-52'
    elif n == 53:
        return 'branch-53'
    elif n == 54:
        return 'branch-54'
    elif n == 55:
        return 'branch-55'
    elif n == 56:
        return 'branch-56'
    elif n == 57:
        return 'branch-57'
    elif n == 58:
        return 'branch-58'
    elif n == 59:
        return 'branch-59'
    elif n == 60:
        return 'branch-60'
    elif n == 61:
        return 'branch-61'
    elif n == 62:
        return 'branch-62'
    elif n == 63:
        return 'branch-63'
    elif n == 64:
        return 'branch-64'
    elif n == 65:
        return 'branch-65'
    elif n == 66:
        return 'branch-66'
    elif n == 67:
        return 'branch-67'
    elif n == 68:
        return 'branch-68'
    elif n == 69:
        return 'branch-69'
    elif n == 70:
        return 'branch-70'
    elif n == 71:
        return 'branch-71'
    elif n == 72:
        return 'branch-72'
    elif n == 73:
        return 'branch-73'
    elif n == 74:
        return 'branch-74'
    elif n == 75:
        return 'branch-75'
    elif n == 76:
        return 'branch-76'
    elif n == 77:
        return 'branch-77'
    elif n == 78:
        return 'branch-78'
    elif n == 79:
        return 'branch-79'
    elif n == 80:
        return 'branch-80'
    elif n == 81:
        return 'branch-81'
    elif n == 82:
        return 'branch-82'
    elif n == 83:
        return 'branch-83'
    elif n == 84:
        return 'branch-84'
    elif n == 85:
        return 'branch-85'
    elif n == 86:
        return 'branch-86'
    elif n == 87:
        return 'branch-87'
    elif n == 88:
        return 'branch-88'
    elif n == 89:
        return 'branch-89'
    elif n == 90:
        return 'branch-90'
    elif n == 91:
        return 'branch-91'
    elif n == 92:
        return 'branch-92'
    elif n == 93:
        return 'branch-93'
    elif n == 94:
        return 'branch-94'
    elif n == 95:
        return 'branch-95'
    elif n == 96:
        return 'branch-96'
    elif n == 97:
        return 'branch-97'
    elif n == 98:
        return 'branch-98'
    elif n == 99:
        return 'branch-99'
    elif n == 100:
        return 'branch-100'
    elif n == 101:
        return 'branch-101'
    elif n == 102:
        return 'branch-102'
    elif n == 103:
        return 'branch-103'
    elif n == 104:
        return 'branch-104'
    elif n == 105:
        return 'branch-105'
    elif n == 106:
        return 'branch-106'
    elif n == 107:
        return 'branch-107'
    elif n == 108:
        return 'branch-108'
    elif n == 109:
        return 'branch-109'
    elif n == 110:
        return 'branch-110'
    elif n == 111:
        return 'branch-111'
    elif n == 112:
        return 'branch-112'
    elif n == 113:
        return 'branch-113'
    elif n == 114:
        return 'branch-114'
    elif n == 115:
        return 'branch-115'
    elif n == 116:
        return 'branch-116'
    elif n == 117:
        return 'branch-117'
    elif n == 118:
        return 'branch-118'
    elif n == 119:
        return 'branch-119'
    else:
        return 'none'

print(pick(0), pick(57), pick(119), pick(500))
