class VM:
    def __init__(self):
        self.stack = []
        self.vars = {}
    def run(self, program):
        pc = 0
        ops = program.split()
        out = []
        while pc < len(ops):
            op = ops[pc]
            pc += 1
            if op.lstrip("-").isdigit():
                self.stack.append(int(op))
            elif op in ("+", "-", "*", "/", "<"):
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a // b if b else 0, "<": int(a < b)}[op])
            elif op == "dup":
                self.stack.append(self.stack[-1])
            elif op == "print":
                out.append(self.stack.pop())
            elif op.startswith("!"):
                self.vars[op[1:]] = self.stack.pop()
            elif op.startswith("@"):
                self.stack.append(self.vars[op[1:]])
            elif op == "jz":
                target = int(ops[pc]); pc += 1
                if self.stack.pop() == 0:
                    pc = target
            elif op == "jmp":
                pc = int(ops[pc])
            else:
                raise ValueError(f"bad op {op}")
        return out
prog = "0 !i 1 !acc @i 10 < jz 22 @acc 2 * !acc @i 1 + !i jmp 6 @acc print"
print(VM().run(prog))
print(VM().run("3 4 + dup * print 10 3 / print"))
try:
    VM().run("1 2 frob")
except ValueError as e:
    print(e)
