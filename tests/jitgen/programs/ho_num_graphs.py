"""Graph algorithms on dict-of-lists adjacency: BFS shortest paths, iterative
DFS with an explicit stack, Kahn's topological sort with a sorted ready
list, Dijkstra with a hand-written binary heap of (dist, node) tuples,
union-find with path halving for Kruskal's MST over sorted edge tuples,
connected components of a tuple-keyed grid, and cycle detection."""


class Heap:
    items: list[tuple[int, str]]

    def __init__(self) -> None:
        self.items = []

    def push(self, item: tuple[int, str]) -> None:
        xs = self.items
        xs.append(item)
        i = len(xs) - 1
        while i > 0:
            parent = (i - 1) // 2
            if xs[parent] <= xs[i]:
                break
            xs[parent], xs[i] = xs[i], xs[parent]
            i = parent

    def pop(self) -> tuple[int, str]:
        xs = self.items
        if not xs:
            raise IndexError("pop from empty heap")
        top = xs[0]
        last = xs.pop()
        if xs:
            xs[0] = last
            i = 0
            n = len(xs)
            while True:
                small = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and xs[c] < xs[small]:
                        small = c
                if small == i:
                    break
                xs[i], xs[small] = xs[small], xs[i]
                i = small
        return top

    def size(self) -> int:
        return len(self.items)


def bfs(adj: dict[str, list[str]], start: str) -> dict[str, int]:
    dist = {start: 0}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in adj.get(node, []):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def dfs_order(adj: dict[str, list[str]], start: str) -> list[str]:
    seen: dict[str, bool] = {}
    order: list[str] = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen[node] = True
        order.append(node)
        for nxt in reversed(adj.get(node, [])):
            if nxt not in seen:
                stack.append(nxt)
    return order


def topo_sort(deps: dict[str, list[str]]) -> list[str]:
    indeg: dict[str, int] = {}
    for node, outs in deps.items():
        indeg.setdefault(node, 0)
        for o in outs:
            indeg[o] = indeg.get(o, 0) + 1
    ready = sorted([n for n, d in indeg.items() if d == 0])
    out = []
    while ready:
        node = ready.pop(0)
        out.append(node)
        for o in deps.get(node, []):
            indeg[o] -= 1
            if indeg[o] == 0:
                ready.append(o)
                ready.sort()
    if len(out) != len(indeg):
        stuck = sorted([n for n, d in indeg.items() if d > 0])
        raise ValueError("cycle among " + ", ".join(stuck))
    return out


def dijkstra(graph: dict[str, list[tuple[str, int]]], src: str) -> tuple[dict[str, int], dict[str, str]]:
    best: dict[str, int] = {src: 0}
    prev: dict[str, str] = {}
    heap = Heap()
    heap.push((0, src))
    while heap.size() > 0:
        d, node = heap.pop()
        if d > best.get(node, d):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nxt not in best or nd < best[nxt]:
                best[nxt] = nd
                prev[nxt] = node
                heap.push((nd, nxt))
    return best, prev


def path_to(prev: dict[str, str], src: str, dst: str) -> list[str]:
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    path.reverse()
    return path


class UnionFind:
    parent: list[int]
    size: list[int]

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


def kruskal(n: int, edges: list[tuple[int, int, int]]) -> tuple[int, list[tuple[int, int, int]]]:
    uf = UnionFind(n)
    total = 0
    used = []
    for w, a, b in sorted(edges):
        if uf.union(a, b):
            total += w
            used.append((a, b, w))
    return total, used


def grid_components(rows: list[str]) -> dict[tuple[int, int], int]:
    cells: dict[tuple[int, int], str] = {}
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            cells[(r, c)] = ch
    label: dict[tuple[int, int], int] = {}
    next_id = 0
    for pos, ch in cells.items():
        if ch == "." or pos in label:
            continue
        next_id += 1
        todo = [pos]
        label[pos] = next_id
        while todo:
            r, c = todo.pop()
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                q = (r + dr, c + dc)
                if q in cells and cells[q] == ch and q not in label:
                    label[q] = next_id
                    todo.append(q)
    return label


def main(argv: list[str]) -> int:
    adj = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"]}
    dist = bfs(adj, "a")
    print("bfs", sorted(dist.items()), "unreachable", [n for n in adj if n not in dist])
    print("dfs", dfs_order(adj, "a"), dfs_order(adj, "g")[-2:])
    deps = {"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "test": ["app"]}
    print("topo", topo_sort(deps))
    deps["core"] = ["test"]
    try:
        topo_sort(deps)
    except ValueError as e:
        print("error:", e)
    roads: dict[str, list[tuple[str, int]]] = {
        "A": [("B", 7), ("C", 9), ("F", 14)], "B": [("A", 7), ("C", 10), ("D", 15)],
        "C": [("A", 9), ("B", 10), ("D", 11), ("F", 2)], "D": [("B", 15), ("C", 11), ("E", 6)],
        "E": [("D", 6), ("F", 9)], "F": [("A", 14), ("C", 2), ("E", 9)],
    }
    best, prev = dijkstra(roads, "A")
    for node in sorted(best):
        print(f"  A->{node}: {best[node]} via {'-'.join(path_to(prev, 'A', node))}")
    edges = [(4, 0, 1), (8, 0, 7), (11, 1, 7), (8, 1, 2), (7, 7, 8), (1, 7, 6), (2, 2, 8), (6, 8, 6),
             (4, 2, 5), (7, 2, 3), (2, 6, 5), (14, 3, 5), (9, 3, 4), (10, 5, 4)]
    total, used = kruskal(9, edges)
    print("mst", total, used)
    grid = ["aa..b", "a..bb", "..c..", "cc.cc", "c...a"]
    label = grid_components(grid)
    sizes: dict[int, int] = {}
    for pos, k in label.items():
        sizes[k] = sizes.get(k, 0) + 1
    print("components", len(sizes), sorted(sizes.values(), reverse=True), label[(4, 0)] == label[(3, 1)],
          label[(3, 3)] != label[(2, 2)], max(label.keys()), min(list(label)))
    h = Heap()
    for x in [(5, "e"), (1, "z"), (1, "a"), (3, "c"), (-2, "m")]:
        h.push(x)
    print("heap order", [h.pop() for _ in range(h.size())])
    try:
        h.pop()
    except IndexError as e:
        print("IndexError:", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
