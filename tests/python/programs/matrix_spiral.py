def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 1, 0
    for k in range(1, n * n + 1):
        m[y][x] = k
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[ny][nx] == 0):
            dx, dy = -dy, dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return m
for row in spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
def transpose(m):
    return [list(r) for r in zip(*m)]
def rotate(m):
    return [list(r)[::-1] for r in zip(*m)]
print(rotate([[1, 2], [3, 4]]), transpose([[1, 2, 3]]))
print(sum(sum(r) for r in spiral(4)), [spiral(3)[i][i] for i in range(3)])
