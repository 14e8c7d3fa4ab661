class Stack:
    def __init__(self):
        self._data = []
    def push(self, x):
        self._data.append(x)
    def pop(self):
        if not self._data:
            raise IndexError("pop from empty stack")
        return self._data.pop()
    def __len__(self):
        return len(self._data)
    def __bool__(self):
        return bool(self._data)
def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s
for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(e), balanced(e))
s = Stack()
try:
    s.pop()
except IndexError as e:
    print(e)
def rpn(tokens):
    st = Stack()
    for t in tokens.split():
        if t in "+-*/":
            b, a = st.pop(), st.pop()
            st.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            st.push(float(t))
    return st.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
