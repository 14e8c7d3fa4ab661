# Grid path finding: BFS, Dijkstra with heapq, A*, flood fill.
from collections import deque
import heapq

MAZE = """\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#E
.#.####.#.
.#......#.""".splitlines()

ROWS, COLS = len(MAZE), len(MAZE[0])
start = next((r, c) for r in range(ROWS) for c in range(COLS) if MAZE[r][c] == "S")
goal = next((r, c) for r in range(ROWS) for c in range(COLS) if MAZE[r][c] == "E")
print("start", start, "goal", goal)


def neighbours(pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS and MAZE[nr][nc] != "#":
            yield nr, nc


def bfs(src, dst):
    prev = {src: None}
    queue = deque([src])
    while queue:
        cur = queue.popleft()
        if cur == dst:
            break
        for nxt in neighbours(cur):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    path = []
    node = dst
    while node is not None:
        path.append(node)
        node = prev.get(node)
    return path[::-1]


path = bfs(start, goal)
print("bfs length", len(path) - 1)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))


def cost(pos):
    r, c = pos
    return 1 + (r * 7 + c * 3) % 5


def dijkstra(src, dst):
    dist = {src: 0}
    heap = [(0, src)]
    visited = set()
    while heap:
        d, cur = heapq.heappop(heap)
        if cur in visited:
            continue
        visited.add(cur)
        if cur == dst:
            return d, len(visited)
        for nxt in neighbours(cur):
            nd = d + cost(nxt)
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return None, len(visited)


print("dijkstra", dijkstra(start, goal))


def astar(src, dst):
    def h(p):
        return abs(p[0] - dst[0]) + abs(p[1] - dst[1])

    open_heap = [(h(src), 0, src)]
    g = {src: 0}
    expanded = 0
    while open_heap:
        f, gc, cur = heapq.heappop(open_heap)
        if cur == dst:
            return gc, expanded
        if gc > g.get(cur, float("inf")):
            continue
        expanded += 1
        for nxt in neighbours(cur):
            ng = gc + 1
            if ng < g.get(nxt, float("inf")):
                g[nxt] = ng
                heapq.heappush(open_heap, (ng + h(nxt), ng, nxt))
    return None, expanded


print("astar", astar(start, goal))


def flood(src):
    seen = {src}
    stack = [src]
    while stack:
        cur = stack.pop()
        for nxt in neighbours(cur):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


region = flood(start)
walls = sum(row.count("#") for row in MAZE)
print("reachable", len(region), "walls", walls, "unreachable", ROWS * COLS - walls - len(region))
print(sorted(region)[:5], max(region), min(region, key=lambda p: (p[1], -p[0])))
dist_map = {}
q = deque([(goal, 0)])
dist_map[goal] = 0
while q:
    cur, d = q.popleft()
    for nxt in neighbours(cur):
        if nxt not in dist_map:
            dist_map[nxt] = d + 1
            q.append((nxt, d + 1))
for r in range(ROWS):
    print(" ".join(f"{dist_map[(r, c)]:2d}" if (r, c) in dist_map else " #" if MAZE[r][c] == "#" else " ." for c in range(COLS)))
heap = []
for word in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(heap, (-len(word), word))
print([heapq.heappop(heap)[1] for _ in range(4)], heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, "zebra"))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [5]))
print(merged)
