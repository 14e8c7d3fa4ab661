"""Lists and StringBuilders growing far past 64 KiB (the runtime hands
the outgrown arrays back to the collector at once) while their items are
read, copied and extended from themselves in between."""
from jitgen.hints import StringBuilder


def grow_lists(n: int) -> None:
    words: list[str] = []
    nums: list[int] = []
    alias = words
    total = 0
    for i in range(n):
        words.append("w" + str(i % 97))
        nums.append(i * 3)
        if i % 1000 == 999:
            total += len(words[i // 2]) + nums[i // 3]
        if i == n // 2:
            words.extend(words)             # from itself, while growing
            nums.insert(5, -1)
    copy = nums[:]
    nums.extend(copy)
    print(len(words), len(alias), len(nums), total, words[-1], alias[n // 2 + 3], nums[5], nums[-1], sum(nums) % 1000003)


def grow_builder(n: int) -> None:
    b = StringBuilder()
    snapshots: list[str] = []
    for i in range(n):
        b.append("line " + str(i) + "\n")
        if i % 5000 == 0:
            snapshots.append(b.build())     # a copy; appends go on after it
        if i == n // 3:
            b.append("\u20ac")              # the buffer turns wide
    s = b.build()
    print(len(s), s.count("\n"), s[:12], s[-12:].strip(), [len(x) for x in snapshots], snapshots[1][-8:].strip())


def main(argv: list[str]) -> int:
    grow_lists(120000)
    grow_builder(40000)
    big = "abcd" * 40000
    for old, new in [("bcd", ""), ("ab", ""), ("abcd", "x"), ("d", "dd"), ("cd", "c"), ("q", "")]:
        r = big.replace(old, new)
        print(old, new, len(r), r[:9], r[-9:], r.count("a"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
