"""Havlak: loop recognition on a synthetic control-flow graph (Havlak's algorithm
with union-find)."""

UNVISITED = 2147483647
MAXNONBACKPREDS = 32 * 1024
BB_NONHEADER, BB_REDUCIBLE, BB_SELF, BB_IRREDUCIBLE, BB_DEAD = range(5)


class BasicBlock:
    def __init__(self, name):
        self.name = name
        self.in_edges = []
        self.out_edges = []


class ControlFlowGraph:
    def __init__(self):
        self.blocks = []
        self.start = None
        self.edges = []

    def create_node(self, name):
        while len(self.blocks) <= name:
            self.blocks.append(None)
        node = self.blocks[name]
        if node is None:
            node = BasicBlock(name)
            self.blocks[name] = node
        if len(self.blocks) == 1:
            self.start = node
        return node

    def add_edge(self, from_name, to_name):
        f = self.create_node(from_name)
        t = self.create_node(to_name)
        f.out_edges.append(t)
        t.in_edges.append(f)
        self.edges.append((f, t))


class SimpleLoop:
    def __init__(self, bb, is_reducible):
        self.basic_blocks = set()
        self.children = set()
        self.parent = None
        self.header = bb
        self.is_reducible = is_reducible
        self.is_root = False
        self.nesting_level = 0
        self.depth_level = 0
        self.counter = 0
        if bb is not None:
            self.basic_blocks.add(bb)

    def set_parent(self, p):
        self.parent = p
        p.children.add(self)

    def set_nesting_level(self, level):
        self.nesting_level = level
        if level == 0:
            self.is_root = True


class LoopStructureGraph:
    def __init__(self):
        self.root = SimpleLoop(None, True)
        self.loops = []
        self.loop_counter = 0
        self.root.set_nesting_level(0)
        self.root.counter = self.loop_counter
        self.loop_counter += 1
        self.loops.append(self.root)

    def create_new_loop(self, bb, is_reducible):
        loop = SimpleLoop(bb, is_reducible)
        loop.counter = self.loop_counter
        self.loop_counter += 1
        self.loops.append(loop)
        return loop

    def calculate_nesting_level(self):
        for loop in self.loops:
            if not loop.is_root and loop.parent is None:
                loop.set_parent(self.root)
        self.calculate_nesting_level_rec(self.root, 0)

    def calculate_nesting_level_rec(self, loop, depth):
        loop.depth_level = depth
        for child in loop.children:
            self.calculate_nesting_level_rec(child, depth + 1)
            loop.set_nesting_level(max(loop.nesting_level, 1 + child.nesting_level))


class UnionFindNode:
    def __init__(self):
        self.parent = None
        self.bb = None
        self.dfs_number = 0
        self.loop = None

    def init_node(self, bb, dfs_number):
        self.parent = self
        self.bb = bb
        self.dfs_number = dfs_number
        self.loop = None

    def find_set(self):
        node_list = []
        node = self
        while node is not node.parent:
            if node.parent is not node.parent.parent:
                node_list.append(node)
            node = node.parent
        for n in node_list:
            n.parent = node.parent
        return node


class HavlakLoopFinder:
    def __init__(self, cfg, lsg):
        self.cfg = cfg
        self.lsg = lsg

    def is_ancestor(self, w, v):
        return w <= v and v <= self.last[w]

    def do_dfs(self, current_node, current):
        self.nodes[current].init_node(current_node, current)
        self.number[current_node] = current
        last_id = current
        for target in current_node.out_edges:
            if self.number[target] == UNVISITED:
                last_id = self.do_dfs(target, last_id + 1)
        self.last[current] = last_id
        return last_id

    def find_loops(self):
        if self.cfg.start is None:
            return
        size = len(self.cfg.blocks)
        self.non_back_preds = [set() for _ in range(size)]
        self.back_preds = [[] for _ in range(size)]
        self.number = {}
        self.header = [0] * size
        self.type = [0] * size
        self.last = [0] * size
        self.nodes = [UnionFindNode() for _ in range(size)]
        for bb in self.cfg.blocks:
            self.number[bb] = UNVISITED
        self.do_dfs(self.cfg.start, 0)
        for w in range(size):
            self.header[w] = 0
            self.type[w] = BB_NONHEADER
            node_w = self.nodes[w].bb
            if node_w is None:
                self.type[w] = BB_DEAD
            else:
                for node_v in node_w.in_edges:
                    v = self.number[node_v]
                    if v != UNVISITED:
                        if self.is_ancestor(w, v):
                            self.back_preds[w].append(v)
                        else:
                            self.non_back_preds[w].add(v)
        self.header[0] = 0
        for w in range(size - 1, -1, -1):
            node_pool = []
            node_w = self.nodes[w].bb
            if node_w is None:
                continue
            for v in self.back_preds[w]:
                if v != w:
                    node_pool.append(self.nodes[v].find_set())
                else:
                    self.type[w] = BB_SELF
            work_list = list(node_pool)
            if node_pool:
                self.type[w] = BB_REDUCIBLE
            while work_list:
                x = work_list.pop(0)
                if len(self.non_back_preds[x.dfs_number]) > MAXNONBACKPREDS:
                    return
                for it in list(self.non_back_preds[x.dfs_number]):
                    ydash = self.nodes[it].find_set()
                    if not self.is_ancestor(w, ydash.dfs_number):
                        self.type[w] = BB_IRREDUCIBLE
                        self.non_back_preds[w].add(ydash.dfs_number)
                    elif ydash.dfs_number != w and not any(e is ydash for e in node_pool):
                        work_list.append(ydash)
                        node_pool.append(ydash)
            if node_pool or self.type[w] == BB_SELF:
                loop = self.lsg.create_new_loop(node_w, self.type[w] != BB_IRREDUCIBLE)
                self.nodes[w].loop = loop
                for node in node_pool:
                    self.header[node.dfs_number] = w
                    node.parent = self.nodes[w]
                    if node.loop is not None:
                        node.loop.set_parent(loop)
                    else:
                        loop.basic_blocks.add(node.bb)


class LoopTesterApp:
    def __init__(self):
        self.cfg = ControlFlowGraph()
        self.lsg = LoopStructureGraph()
        self.cfg.create_node(0)

    def main(self, num_dummy_loops, find_loop_iterations, par_loops, ppar_loops, ppp_loops):
        self.construct_simple_cfg()
        for _ in range(num_dummy_loops):
            self.find_loops(self.lsg)
        self.construct_cfg(par_loops, ppar_loops, ppp_loops)
        self.find_loops(self.lsg)
        for _ in range(find_loop_iterations):
            self.find_loops(LoopStructureGraph())
        self.lsg.calculate_nesting_level()
        return [len(self.lsg.loops), len(self.cfg.blocks)]

    def construct_cfg(self, par_loops, ppar_loops, ppp_loops):
        n = 2
        for _ in range(par_loops):
            self.cfg.create_node(n + 1)
            self.connect(2, n + 1)
            n += 1
            for _ in range(ppar_loops):
                top = n
                n = self.straight(n, 1)
                for _ in range(ppp_loops):
                    n = self.base_loop(n)
                bottom = self.straight(n, 1)
                self.connect(n, top)
                n = bottom
            self.connect(n, 1)

    def find_loops(self, lsg):
        HavlakLoopFinder(self.cfg, lsg).find_loops()

    def diamond(self, start):
        self.connect(start, start + 1)
        self.connect(start, start + 2)
        self.connect(start + 1, start + 3)
        self.connect(start + 2, start + 3)
        return start + 3

    def connect(self, start, end):
        self.cfg.add_edge(start, end)

    def straight(self, start, n):
        for i in range(n):
            self.connect(start + i, start + i + 1)
        return start + n

    def base_loop(self, frm):
        header = self.straight(frm, 1)
        diamond1 = self.diamond(header)
        d11 = self.straight(diamond1, 1)
        diamond2 = self.diamond(d11)
        footer = self.straight(diamond2, 1)
        self.connect(diamond2, d11)
        self.connect(diamond1, header)
        self.connect(footer, frm)
        return self.straight(footer, 1)

    def construct_simple_cfg(self):
        self.cfg.create_node(0)
        self.base_loop(0)
        self.cfg.create_node(1)
        self.connect(0, 2)


EXPECTED = {15000: (46602, 5213), 1500: (6102, 5213), 150: (2052, 5213),
            15: (1647, 5213), 1: (1605, 5213)}


class Havlak:
    def inner_benchmark_loop(self, inner, find_loop_iterations=50):
        result = LoopTesterApp().main(inner, find_loop_iterations, 10, 10, 5)
        if inner in EXPECTED:
            return tuple(result) == EXPECTED[inner]
        print("No verification result for", inner, "found; result:", result)
        return True
