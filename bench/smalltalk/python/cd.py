"""CD: collision detection of simulated aircraft (voxel reduction and a red-black tree)."""
import math

MIN_X = MIN_Y = 0.0
MAX_X = MAX_Y = 1000.0
MIN_Z = 0.0
MAX_Z = 10.0
PROXIMITY_RADIUS = 1.0
GOOD_VOXEL_SIZE = PROXIMITY_RADIUS * 2.0
TWO_PI = 6.283185307179586


def series_sin(x):
    """sin by range reduction and a Taylor series: the SOM version computes it
    the same way, so both languages agree bit for bit."""
    k = math.floor(x / TWO_PI + 0.5)
    r = x - k * TWO_PI
    term = r
    total = r
    n = 1
    while n < 30:
        term = 0.0 - (term * r * r / ((n + 1) * (n + 2)))
        total = total + term
        n += 2
    return total


def series_cos(x):
    k = math.floor(x / TWO_PI + 0.5)
    r = x - k * TWO_PI
    term = 1.0
    total = 1.0
    n = 0
    while n < 30:
        term = 0.0 - (term * r * r / ((n + 1) * (n + 2)))
        total = total + term
        n += 2
    return total


def compare_numbers(a, b):
    if a == b:
        return 0
    if a < b:
        return -1
    if a > b:
        return 1
    if a == a:
        return 1
    return -1


class Vector2D:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def plus(self, o):
        return Vector2D(self.x + o.x, self.y + o.y)

    def minus(self, o):
        return Vector2D(self.x - o.x, self.y - o.y)

    def compare_to(self, o):
        r = compare_numbers(self.x, o.x)
        if r != 0:
            return r
        return compare_numbers(self.y, o.y)


class Vector3D:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def plus(self, o):
        return Vector3D(self.x + o.x, self.y + o.y, self.z + o.z)

    def minus(self, o):
        return Vector3D(self.x - o.x, self.y - o.y, self.z - o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def squared_magnitude(self):
        return self.dot(self)

    def magnitude(self):
        return math.sqrt(self.squared_magnitude())

    def times(self, amount):
        return Vector3D(self.x * amount, self.y * amount, self.z * amount)


class CallSign:
    def __init__(self, value):
        self.value = value

    def compare_to(self, o):
        if self.value == o.value:
            return 0
        return -1 if self.value < o.value else 1


class RBNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = self.right = self.parent = None
        self.red = True

    def successor(self):
        x = self
        if x.right is not None:
            return tree_minimum(x.right)
        y = x.parent
        while y is not None and x is y.right:
            x = y
            y = y.parent
        return y


def tree_minimum(x):
    while x.left is not None:
        x = x.left
    return x


class RedBlackTree:
    def __init__(self):
        self.root = None

    def put(self, key, value):
        parent = None
        x = self.root
        while x is not None:
            c = key.compare_to(x.key)
            if c == 0:
                old = x.value
                x.value = value
                return old
            parent = x
            x = x.left if c < 0 else x.right
        z = RBNode(key, value)
        z.parent = parent
        if parent is None:
            self.root = z
        elif key.compare_to(parent.key) < 0:
            parent.left = z
        else:
            parent.right = z
        self.insert_fixup(z)
        return None

    def insert_fixup(self, x):
        while x is not self.root and x.parent.red:
            p = x.parent
            g = p.parent
            if p is g.left:
                y = g.right
                if y is not None and y.red:
                    p.red = False
                    y.red = False
                    g.red = True
                    x = g
                else:
                    if x is p.right:
                        x = p
                        self.left_rotate(x)
                        p = x.parent
                    p.red = False
                    g.red = True
                    self.right_rotate(g)
            else:
                y = g.left
                if y is not None and y.red:
                    p.red = False
                    y.red = False
                    g.red = True
                    x = g
                else:
                    if x is p.left:
                        x = p
                        self.right_rotate(x)
                        p = x.parent
                    p.red = False
                    g.red = True
                    self.left_rotate(g)
        self.root.red = False

    def left_rotate(self, x):
        y = x.right
        x.right = y.left
        if y.left is not None:
            y.left.parent = x
        y.parent = x.parent
        if x.parent is None:
            self.root = y
        elif x is x.parent.left:
            x.parent.left = y
        else:
            x.parent.right = y
        y.left = x
        x.parent = y

    def right_rotate(self, y):
        x = y.left
        y.left = x.right
        if x.right is not None:
            x.right.parent = y
        x.parent = y.parent
        if y.parent is None:
            self.root = x
        elif y is y.parent.left:
            y.parent.left = x
        else:
            y.parent.right = x
        x.right = y
        y.parent = x

    def find_node(self, key):
        x = self.root
        while x is not None:
            c = key.compare_to(x.key)
            if c == 0:
                return x
            x = x.left if c < 0 else x.right
        return None

    def get(self, key):
        n = self.find_node(key)
        return None if n is None else n.value

    def remove(self, key):
        """Removal by splicing: a node with two children takes its successor's
        entry; the spliced node's child replaces it, then colours are fixed."""
        z = self.find_node(key)
        if z is None:
            return None
        old = z.value
        y = z if (z.left is None or z.right is None) else z.successor()
        x = y.left if y.left is not None else y.right
        x_parent = y.parent
        if x is not None:
            x.parent = x_parent
        if y.parent is None:
            self.root = x
        elif y is y.parent.left:
            y.parent.left = x
        else:
            y.parent.right = x
        if y is not z:
            z.key = y.key
            z.value = y.value
        if not y.red:
            self.remove_fixup(x, x_parent)
        return old

    def remove_fixup(self, x, x_parent):
        while x is not self.root and (x is None or not x.red):
            if x is x_parent.left:
                w = x_parent.right
                if w.red:
                    w.red = False
                    x_parent.red = True
                    self.left_rotate(x_parent)
                    w = x_parent.right
                if (w.left is None or not w.left.red) and (w.right is None or not w.right.red):
                    w.red = True
                    x = x_parent
                    x_parent = x.parent
                else:
                    if w.right is None or not w.right.red:
                        w.left.red = False
                        w.red = True
                        self.right_rotate(w)
                        w = x_parent.right
                    w.red = x_parent.red
                    x_parent.red = False
                    w.right.red = False
                    self.left_rotate(x_parent)
                    x = self.root
                    x_parent = None
            else:
                w = x_parent.left
                if w.red:
                    w.red = False
                    x_parent.red = True
                    self.right_rotate(x_parent)
                    w = x_parent.left
                if (w.right is None or not w.right.red) and (w.left is None or not w.left.red):
                    w.red = True
                    x = x_parent
                    x_parent = x.parent
                else:
                    if w.left is None or not w.left.red:
                        w.right.red = False
                        w.red = True
                        self.left_rotate(w)
                        w = x_parent.left
                    w.red = x_parent.red
                    x_parent.red = False
                    w.left.red = False
                    self.right_rotate(x_parent)
                    x = self.root
                    x_parent = None
        if x is not None:
            x.red = False

    def for_each(self, fn):
        if self.root is None:
            return
        n = tree_minimum(self.root)
        while n is not None:
            fn(n.key, n.value)
            n = n.successor()


class Aircraft:
    def __init__(self, callsign, position):
        self.callsign = callsign
        self.position = position


class Motion:
    def __init__(self, callsign, pos_one, pos_two):
        self.callsign = callsign
        self.pos_one = pos_one
        self.pos_two = pos_two

    def delta(self):
        return self.pos_two.minus(self.pos_one)

    def find_intersection(self, other):
        init1 = self.pos_one
        init2 = other.pos_one
        vec1 = self.delta()
        vec2 = other.delta()
        radius = PROXIMITY_RADIUS
        a = vec2.minus(vec1).squared_magnitude()
        if a != 0.0:
            b = 2.0 * init1.minus(init2).dot(vec1.minus(vec2))
            c = (0.0 - (radius * radius)) + init2.minus(init1).squared_magnitude()
            discr = b * b - 4.0 * a * c
            if discr < 0.0:
                return None
            v1 = ((0.0 - b) - math.sqrt(discr)) / (2.0 * a)
            v2 = ((0.0 - b) + math.sqrt(discr)) / (2.0 * a)
            if v1 <= v2 and ((v1 <= 1.0 and 1.0 <= v2) or (v1 <= 0.0 and 0.0 <= v2)
                             or (0.0 <= v1 and v2 <= 1.0)):
                v = 0.0 if v1 <= 0.0 else v1
                result1 = init1.plus(vec1.times(v))
                result2 = init2.plus(vec2.times(v))
                result = result1.plus(result2).times(0.5)
                if (result.x >= MIN_X and result.x <= MAX_X and result.y >= MIN_Y
                        and result.y <= MAX_Y and result.z >= MIN_Z and result.z <= MAX_Z):
                    return result
            return None
        dist = init2.minus(init1).magnitude()
        if dist <= radius:
            return init1.plus(init2).times(0.5)
        return None


HORIZONTAL = Vector2D(GOOD_VOXEL_SIZE, 0.0)
VERTICAL = Vector2D(0.0, GOOD_VOXEL_SIZE)


def voxel_hash(position):
    x_div = int(position.x / GOOD_VOXEL_SIZE)
    y_div = int(position.y / GOOD_VOXEL_SIZE)
    x = GOOD_VOXEL_SIZE * x_div
    y = GOOD_VOXEL_SIZE * y_div
    if position.x < 0.0:
        x = x - GOOD_VOXEL_SIZE
    if position.y < 0.0:
        y = y - GOOD_VOXEL_SIZE
    return Vector2D(x, y)


def axis_overlaps(v, v0, vel, r, v_s):
    """Whether the motion along one axis overlaps the voxel's extent during the frame."""
    if vel == 0.0:
        return v <= v0 + r and v0 - r <= v + v_s, 0.0, 0.0
    low = (v - r - v0) / vel
    high = (v + v_s + r - v0) / vel
    if vel < 0.0:
        low, high = high, low
    ok = ((low <= 1.0 and 1.0 <= high) or (low <= 0.0 and 0.0 <= high)
          or (0.0 <= low and high <= 1.0))
    return ok, low, high


def is_in_voxel(voxel, motion):
    if voxel.x > MAX_X or voxel.x < MIN_X or voxel.y > MAX_Y or voxel.y < MIN_Y:
        return False
    init = motion.pos_one
    fin = motion.pos_two
    v_s = GOOD_VOXEL_SIZE
    r = PROXIMITY_RADIUS / 2.0
    xv = fin.x - init.x
    yv = fin.y - init.y
    x_ok, low_x, high_x = axis_overlaps(voxel.x, init.x, xv, r, v_s)
    if not x_ok:
        return False
    y_ok, low_y, high_y = axis_overlaps(voxel.y, init.y, yv, r, v_s)
    if not y_ok:
        return False
    return (xv == 0.0 or yv == 0.0 or (low_y <= high_x and high_x <= high_y)
            or (low_y <= low_x and low_x <= high_y) or (low_x <= low_y and high_y <= high_x))


class CollisionDetector:
    def __init__(self):
        self.state = RedBlackTree()

    def handle_new_frame(self, frame):
        motions = []
        seen = RedBlackTree()
        for aircraft in frame:
            old_position = self.state.put(aircraft.callsign, aircraft.position)
            new_position = aircraft.position
            seen.put(aircraft.callsign, True)
            if old_position is None:
                old_position = new_position
            motions.append(Motion(aircraft.callsign, old_position, new_position))
        to_remove = []
        self.state.for_each(lambda k, v: None if seen.get(k) is not None else to_remove.append(k))
        for k in to_remove:
            self.state.remove(k)
        collisions = 0
        for reduced in self.reduce_collision_set(motions):
            for i in range(len(reduced)):
                m1 = reduced[i]
                for j in range(i + 1, len(reduced)):
                    if m1.find_intersection(reduced[j]) is not None:
                        collisions += 1
        return collisions

    def reduce_collision_set(self, motions):
        voxel_map = RedBlackTree()
        for motion in motions:
            self.draw_motion_on_voxel_map(voxel_map, motion)
        result = []
        voxel_map.for_each(lambda k, v: result.append(v) if len(v) > 1 else None)
        return result

    def draw_motion_on_voxel_map(self, voxel_map, motion):
        seen = RedBlackTree()
        todo = [voxel_hash(motion.pos_one)]
        # explicit work list instead of recursion; visiting order does not
        # change the voxel sets
        while todo:
            voxel = todo.pop()
            if not is_in_voxel(voxel, motion):
                continue
            if seen.put(voxel, True) is not None:
                continue
            motions = voxel_map.get(voxel)
            if motions is None:
                motions = []
                voxel_map.put(voxel, motions)
            motions.append(motion)
            todo.append(voxel.minus(HORIZONTAL))
            todo.append(voxel.plus(HORIZONTAL))
            todo.append(voxel.minus(VERTICAL))
            todo.append(voxel.plus(VERTICAL))
            todo.append(voxel.minus(HORIZONTAL).minus(VERTICAL))
            todo.append(voxel.minus(HORIZONTAL).plus(VERTICAL))
            todo.append(voxel.plus(HORIZONTAL).minus(VERTICAL))
            todo.append(voxel.plus(HORIZONTAL).plus(VERTICAL))


class Simulator:
    def __init__(self, num_aircraft, sin=series_sin, cos=series_cos):
        self.aircraft = [CallSign(i) for i in range(num_aircraft)]
        self.sin = sin
        self.cos = cos

    def simulate(self, time):
        frame = []
        for i in range(0, len(self.aircraft), 2):
            frame.append(Aircraft(self.aircraft[i],
                                  Vector3D(time, self.cos(time) * 2.0 + i * 3.0, 10.0)))
            frame.append(Aircraft(self.aircraft[i + 1],
                                  Vector3D(time, self.sin(time) * 2.0 + i * 3.0, 10.0)))
        return frame


EXPECTED = {1000: 14484, 500: 14484, 250: 10830, 200: 8655, 100: 4305, 10: 390, 2: 42}


class CD:
    def benchmark(self, num_aircraft, sin=series_sin, cos=series_cos):
        simulator = Simulator(num_aircraft, sin, cos)
        detector = CollisionDetector()
        actual = 0
        for i in range(200):
            actual += detector.handle_new_frame(simulator.simulate(i / 10.0))
        return actual

    def inner_benchmark_loop(self, inner):
        result = self.benchmark(inner)
        if inner in EXPECTED:
            return result == EXPECTED[inner]
        print("No verification result for", inner, "found; result:", result)
        return False
