"""Binary trees: allocate, check, discard."""


class TreeNode:
    left: "TreeNode | None"
    right: "TreeNode | None"

    def __init__(self, left: "TreeNode | None", right: "TreeNode | None") -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        l = self.left
        r = self.right
        if l is None or r is None:
            return 1
        return 1 + l.check() + r.check()


def make(depth: int) -> TreeNode:
    if depth == 0:
        return TreeNode(None, None)
    return TreeNode(make(depth - 1), make(depth - 1))


def main(argv: list[str]) -> int:
    max_depth = 6
    if len(argv) > 1:
        max_depth = int(argv[1])
    stretch = max_depth + 1
    print("stretch tree of depth", stretch, "check:", make(stretch).check())
    long_lived = make(max_depth)
    d = 4
    while d <= max_depth:
        iterations = 1 << (max_depth - d + 4)
        total = 0
        for i in range(iterations):
            total += make(d).check()
        print(iterations, "trees of depth", d, "check:", total)
        d += 2
    print("long lived tree of depth", max_depth, "check:", long_lived.check())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
