def readings():
    for raw in ["12.5", "13.0", "-999", "14.25"]:
        value = float(raw)
        assert value > -100, f"sensor glitch: {value}"
        yield value


def smooth(values, k=2):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        yield sum(window) / len(window)


for s in smooth(readings()):
    print(f"{s:.3f}")
