def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("+", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        history.append(("-", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), rep())
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hi  "))
counters = {name: (lambda n=name: f"counter {n}") for name in "abc"}
print([c() for c in counters.values()])
def once(fn):
    done = []
    def wrapper(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return wrapper
@once
def init(x):
    print("init with", x)
    return x * 2
print(init(5), init(6))
