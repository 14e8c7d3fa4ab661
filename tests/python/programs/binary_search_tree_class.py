class Node:
    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None
class BST:
    def __init__(self):
        self.root = None
        self.n = 0
    def put(self, key, val):
        if self.root is None:
            self.root = Node(key, val); self.n += 1; return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val; return
            nxt = "left" if key < cur.key else "right"
            child = getattr(cur, nxt)
            if child is None:
                setattr(cur, nxt, Node(key, val)); self.n += 1; return
            cur = child
    def get(self, key, default=None):
        cur = self.root
        while cur:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        return default
    def items(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur); cur = cur.left
            cur = stack.pop()
            yield cur.key, cur.val
            cur = cur.right
    def __len__(self):
        return self.n
t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t.put(w, t.get(w, 0) + 1)
print(len(t), list(t.items()), t.get("the"), t.get("cat"))
