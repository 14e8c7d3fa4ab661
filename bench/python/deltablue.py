"""A one-way constraint network in the spirit of DeltaBlue: variables,
equality/scale/offset constraints with strengths, planning by walking
the network from an edited variable (size = chain length)."""
import sys

REQUIRED, STRONG, NORMAL, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True


class Constraint:
    def __init__(self, strength, inputs, output):
        self.strength = strength
        self.inputs = inputs
        self.output = output
        for v in inputs + [output]:
            v.constraints.append(self)
        output.determined_by = self

    def execute(self):
        raise NotImplementedError


class Equal(Constraint):
    def execute(self):
        self.output.value = self.inputs[0].value


class Scale(Constraint):
    def __init__(self, strength, src, scale, offset, dst):
        Constraint.__init__(self, strength, [src, scale, offset], dst)

    def execute(self):
        s, sc, off = self.inputs
        self.output.value = s.value * sc.value + off.value


class Planner:
    def plan_from(self, var):
        plan, todo, seen = [], [var], set()
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if c.output is not v and v in c.inputs and id(c) not in seen:
                    seen.add(id(c))
                    plan.append(c)
                    todo.append(c.output)
        return plan

    def run(self, plan):
        for c in plan:
            c.execute()


def chain_test(n):
    vars_ = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        Equal(STRONG, [vars_[i]], vars_[i + 1])
    planner = Planner()
    plan = planner.plan_from(vars_[0])
    total = 0
    for v in range(100):
        vars_[0].value = v
        planner.run(plan)
        total += vars_[-1].value
    return total


def projection_test(n):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        src = Variable("src", i)
        dst = Variable("dst", i)
        Scale(NORMAL, src, scale, offset, dst)
        srcs.append(src)
        dsts.append(dst)
    planner = Planner()
    plan = planner.plan_from(scale)
    planner.run(plan)
    a = dsts[n // 2].value
    offset.value = 2000
    planner.run(planner.plan_from(offset))
    return a, dsts[-1].value


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
print(chain_test(n), projection_test(n))
