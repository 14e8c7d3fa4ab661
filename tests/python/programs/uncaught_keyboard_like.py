class Abort(BaseException):
    pass
def work():
    try:
        raise Abort("stop now")
    except Exception:
        print("not caught by Exception")
try:
    work()
except BaseException as e:
    print("caught base", type(e).__name__)
raise Abort("really stop")
