def summarize(scores):
    total = 0
    for s in scores:
        total += s
    average = total / len(scores)
    return f"n={len(scores)} avg={averge:.2f}"


print("start")
print(summarize([1, 2, 3]))
