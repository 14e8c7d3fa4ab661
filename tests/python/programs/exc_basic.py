def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return [][1]
    if n == 2:
        return {}["k"]
    if n == 3:
        return 1 / 0
    if n == 4:
        return int("x")
    if n == 5:
        return undefined_name
    if n == 6:
        return "a" + 1
    if n == 7:
        return None.attr
    return n
for i in range(9):
    try:
        print(risky(i))
    except (ValueError, IndexError) as e:
        print("VI", type(e).__name__, e)
    except KeyError as e:
        print("K", e)
    except ZeroDivisionError as e:
        print("Z", e.args)
    except Exception as e:
        print("E", type(e).__name__, e)
    else:
        print("else branch")
    finally:
        print("finally", i)
