"""Binary trees: allocate and check complete trees; argv[1] = max depth."""


class Node:
    left: "Node | None"
    right: "Node | None"

    def __init__(self, left: "Node | None", right: "Node | None") -> None:
        self.left = left
        self.right = right


def make(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(n: Node) -> int:
    left = n.left
    right = n.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


def main(argv: list[str]) -> int:
    max_depth = int(argv[1]) if len(argv) > 1 else 10
    long_lived = make(max_depth)
    d = 4
    while d <= max_depth:
        iterations = 1 << (max_depth - d + 4)
        total = 0
        for _ in range(iterations):
            total += check(make(d))
        print(iterations, "trees of depth", d, "check", total)
        d += 2
    print("long lived tree of depth", max_depth, "check", check(long_lived))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
