for x in [iter([1]), iter((1,)), iter("a"), iter("é"), iter(range(2)), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1}), reversed([1]), reversed({1: 2}), iter(lambda: 1, 1), (i for i in [])]:
    print(type(x).__name__)
print(type(iter([])) is type(iter([2])), next(iter([5])))
