# try/except*: exception groups split among handlers, re-raised rest, else and finally.
def risky(excs):
    raise ExceptionGroup('group', excs)


def handle(excs):
    try:
        risky(excs)
    except* ValueError as e:
        print('ValueError part:', [str(x) for x in e.exceptions])
    except* (TypeError, KeyError) as e:
        print('TypeError/KeyError part:', sorted(type(x).__name__ for x in e.exceptions))
    else:
        print('no exception')
    finally:
        print('finally')


handle([ValueError('a'), TypeError('b'), KeyError('c'), ValueError('d')])
handle([KeyError('k')])

try:
    handle([ZeroDivisionError('z'), ValueError('v')])
except ExceptionGroup as rest:
    print('left over:', [type(x).__name__ for x in rest.exceptions])

try:
    try:
        raise ValueError('plain')
    except* ValueError as e:
        print('a plain exception arrives wrapped:', type(e).__name__, len(e.exceptions))
except Exception as e:
    print('unexpected', e)

try:
    try:
        risky([OSError('o')])
    except* OSError:
        raise RuntimeError('raised in the handler')
except Exception as e:
    print('raised in handler:', type(e).__name__, e)

try:
    pass
except* Exception:
    print('not reached')
else:
    print('else runs')
