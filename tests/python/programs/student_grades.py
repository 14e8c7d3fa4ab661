students = {"ann": [90, 85, 77], "bob": [60, 75, 70], "cy": [88, 92, 95], "dee": [50, 45, 65]}
def grade(avg):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return letter
    return "F"
report = []
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    report.append((name, round(avg, 1), grade(avg), max(scores) - min(scores)))
for row in sorted(report, key=lambda r: r[1], reverse=True):
    print("{:<5}{:>6}{:>3}{:>4}".format(*row))
by_grade = {}
for name, avg, g, _ in report:
    by_grade.setdefault(g, []).append(name)
print(dict(sorted(by_grade.items())))
print(all(len(s) == 3 for s in students.values()), any(g == "A" for *_, g, _ in report))
