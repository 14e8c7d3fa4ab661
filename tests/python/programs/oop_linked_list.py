class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), 3 in ll, 9 in ll)
ll.reverse(); print(ll)
ll.push(0); print(list(ll), LinkedList())
class Tree:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node, v):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1], v)
            else:
                node[2] = ins(node[2], v)
            return node
        self.root = ins(self.root, v)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = Tree()
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(v)
print(t.inorder(), t.height())
