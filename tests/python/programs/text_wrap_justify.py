text = "The quick brown fox jumps over the lazy dog and keeps running far away into the hills"
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines
for line in wrap(text, 20):
    print(f"|{line:<20}|{line:>20}|{line:^20}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for line in wrap(text, 24):
    print("[" + justify(line, 24) + "]")
