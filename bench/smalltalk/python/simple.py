"""The small AWFY benchmarks: Bounce, List, Mandelbrot, Permute, Queens,
Sieve, Storage, Towers. Each class has benchmark() and verify_result(r)."""
from .som_random import Random


class Ball:
    def __init__(self, random):
        self.x = random.next() % 500
        self.y = random.next() % 500
        self.x_vel = (random.next() % 300) - 150
        self.y_vel = (random.next() % 300) - 150

    def bounce(self):
        limit = 500
        bounced = False
        self.x += self.x_vel
        self.y += self.y_vel
        if self.x > limit:
            self.x = limit
            self.x_vel = -abs(self.x_vel)
            bounced = True
        if self.x < 0:
            self.x = 0
            self.x_vel = abs(self.x_vel)
            bounced = True
        if self.y > limit:
            self.y = limit
            self.y_vel = -abs(self.y_vel)
            bounced = True
        if self.y < 0:
            self.y = 0
            self.y_vel = abs(self.y_vel)
            bounced = True
        return bounced


class Bounce:
    def benchmark(self):
        random = Random()
        balls = [Ball(random) for _ in range(100)]
        bounces = 0
        for _ in range(50):
            for ball in balls:
                if ball.bounce():
                    bounces += 1
        return bounces

    def verify_result(self, result):
        return result == 1331


class Element:
    def __init__(self, v):
        self.val = v
        self.next = None

    def length(self):
        return 1 if self.next is None else 1 + self.next.length()


class List:
    def make_list(self, length):
        if length == 0:
            return None
        e = Element(length)
        e.next = self.make_list(length - 1)
        return e

    def is_shorter_than(self, x, y):
        x_tail, y_tail = x, y
        while y_tail is not None:
            if x_tail is None:
                return True
            x_tail = x_tail.next
            y_tail = y_tail.next
        return False

    def tail(self, x, y, z):
        if self.is_shorter_than(y, x):
            return self.tail(self.tail(x.next, y, z),
                             self.tail(y.next, z, x),
                             self.tail(z.next, x, y))
        return z

    def benchmark(self):
        return self.tail(self.make_list(15), self.make_list(10), self.make_list(6)).length()

    def verify_result(self, result):
        return result == 10


class Mandelbrot:
    def inner_benchmark_loop(self, inner):
        return self.verify(self.mandelbrot(inner), inner)

    def verify(self, result, inner):
        if inner == 500:
            return result == 191
        if inner == 750:
            return result == 50
        if inner == 1:
            return result == 128
        print("No verification result for", inner, "found; result:", result)
        return True

    def mandelbrot(self, size):
        total = 0
        byte_acc = 0
        bit_num = 0
        y = 0
        while y < size:
            ci = (2.0 * y / size) - 1.0
            x = 0
            while x < size:
                zr = zrzr = zi = zizi = 0.0
                cr = (2.0 * x / size) - 1.5
                z = 0
                not_done = True
                escape = 0
                while not_done and z < 50:
                    zr = zrzr - zizi + cr
                    zi = 2.0 * zr * zi + ci
                    zrzr = zr * zr
                    zizi = zi * zi
                    if zrzr + zizi > 4.0:
                        not_done = False
                        escape = 1
                    z += 1
                byte_acc = (byte_acc << 1) + escape
                bit_num += 1
                if bit_num == 8:
                    total ^= byte_acc
                    byte_acc = 0
                    bit_num = 0
                elif x == size - 1:
                    byte_acc <<= 8 - bit_num
                    total ^= byte_acc
                    byte_acc = 0
                    bit_num = 0
                x += 1
            y += 1
        return total


class Permute:
    def benchmark(self):
        self.count = 0
        self.v = [0] * 6
        self.permute(6)
        return self.count

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            for i in range(n1, -1, -1):
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)

    def swap(self, i, j):
        self.v[i], self.v[j] = self.v[j], self.v[i]

    def verify_result(self, result):
        return result == 8660


class Queens:
    def benchmark(self):
        result = True
        for _ in range(10):
            result = result and self.queens()
        return result

    def queens(self):
        self.free_rows = [True] * 8
        self.free_maxs = [True] * 16
        self.free_mins = [True] * 16
        self.queen_rows = [-1] * 8
        return self.place_queen(0)

    def place_queen(self, c):
        for r in range(8):
            if self.get_row_column(r, c):
                self.queen_rows[r] = c
                self.set_row_column(r, c, False)
                if c == 7:
                    return True
                if self.place_queen(c + 1):
                    return True
                self.set_row_column(r, c, True)
        return False

    def get_row_column(self, r, c):
        return self.free_rows[r] and self.free_maxs[c + r] and self.free_mins[c - r + 7]

    def set_row_column(self, r, c, v):
        self.free_rows[r] = v
        self.free_maxs[c + r] = v
        self.free_mins[c - r + 7] = v

    def verify_result(self, result):
        return result is True


class Sieve:
    def benchmark(self):
        flags = [True] * 5000
        return self.sieve(flags, 5000)

    def sieve(self, flags, size):
        prime_count = 0
        for i in range(2, size + 1):
            if flags[i - 1]:
                prime_count += 1
                k = i + i
                while k <= size:
                    flags[k - 1] = False
                    k += i
        return prime_count

    def verify_result(self, result):
        return result == 669


class Storage:
    def benchmark(self):
        random = Random()
        self.count = 0
        self.build_tree_depth(7, random)
        return self.count

    def build_tree_depth(self, depth, random):
        self.count += 1
        if depth == 1:
            return [None] * (random.next() % 10 + 1)
        return [self.build_tree_depth(depth - 1, random) for _ in range(4)]

    def verify_result(self, result):
        return result == 5461


class Towers:
    def benchmark(self):
        self.piles = [None, None, None]
        self.build_tower_at(0, 13)
        self.moves = 0
        self.move_disks(13, 0, 1)
        return self.moves

    def build_tower_at(self, pile, disks):
        for i in range(disks, -1, -1):
            self.push_disk(i, pile)

    def push_disk(self, size, pile):
        top = self.piles[pile]
        if top is not None and size >= top[0]:
            raise RuntimeError("Cannot put a big disk on a smaller one")
        self.piles[pile] = (size, top)

    def pop_disk_from(self, pile):
        top = self.piles[pile]
        if top is None:
            raise RuntimeError("Attempting to remove a disk from an empty pile")
        self.piles[pile] = top[1]
        return top[0]

    def move_top_disk(self, from_pile, to_pile):
        self.push_disk(self.pop_disk_from(from_pile), to_pile)
        self.moves += 1

    def move_disks(self, disks, from_pile, to_pile):
        if disks == 1:
            self.move_top_disk(from_pile, to_pile)
        else:
            other = 3 - from_pile - to_pile
            self.move_disks(disks - 1, from_pile, other)
            self.move_top_disk(from_pile, to_pile)
            self.move_disks(disks - 1, other, to_pile)

    def verify_result(self, result):
        return result == 8191
