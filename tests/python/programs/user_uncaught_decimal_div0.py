from decimal import Decimal
def rate(total, n):
    return Decimal(total) / Decimal(n)
print(rate("10", 4))
print(rate("10", 0))
