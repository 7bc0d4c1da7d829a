# except* semantics
def run(make, *handlers):
    try:
        try:
            raise make()
        except* ValueError as eg:
            print("V:", repr(eg), eg.exceptions)
        except* (TypeError, KeyError) as eg:
            print("TK:", repr(eg))
        except* OSError:
            print("OS")
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
run(lambda: ExceptionGroup("g", [ValueError(1), TypeError(2), ZeroDivisionError(3)]))
run(lambda: ValueError("naked"))
run(lambda: ZeroDivisionError("naked other"))
run(lambda: ExceptionGroup("g", [ExceptionGroup("h", [KeyError("k"), OSError(5, "io")]), ValueError(9)]))
run(lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)]))
# raising inside except*
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError as e:
        raise
except BaseException as e:
    print(type(e).__name__, repr(e), [type(x).__name__ for x in e.exceptions])
    print(repr(e.exceptions[0].__context__))
# reraise all
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise e
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except* 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# naked exception wrapped
try:
    raise TypeError("x")
except* TypeError as eg:
    print(type(eg).__name__, eg.message == "", eg.exceptions, eg.__traceback__ is not None)
# return / break / continue not allowed in except* (compile-time), so check else/finally
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("handled")
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs)
        return MyEG(self.message + "!", excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
except* TypeError as eg:
    print(type(eg).__name__, repr(eg))
import sys
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
