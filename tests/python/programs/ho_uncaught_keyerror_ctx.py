prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}


def price_of(item):
    try:
        return prices[item]
    except KeyError:
        print(f"unknown item {item!r}, known: {', '.join(sorted(prices))}")
        raise


def total(cart):
    return sum(price_of(i) * n for i, n in cart.items())


print(f"{total({'apple': 2, 'milk': 1}):.2f}")
print(f"{total({'apple': 1, 'cheese': 3}):.2f}")
