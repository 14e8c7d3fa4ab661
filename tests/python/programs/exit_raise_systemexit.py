try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught exit", e.code)
def finish():
    try:
        raise SystemExit(0)
    finally:
        print("finally before exit")
finish()
