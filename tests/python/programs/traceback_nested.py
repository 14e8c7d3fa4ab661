class Processor:
    def __init__(self, items):
        self.items = items
    def run(self):
        return [self.handle(x) for x in self.items]
    def handle(self, x):
        helper = lambda v: 10 // v
        return helper(x)
p = Processor([5, 2, 0, 1])
print(Processor([1, 2]).run())
p.run()
