# Money arithmetic with decimal: quantize, rounding modes, contexts, formatting.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero
import decimal
D = Decimal
print(D("1.10") + D("2.20"), D("1.1") * 3, D(10) / D(4), D(1) / D(3), D(2) / D(3), D("7") / D("7"), D("1.00") / D("0.5"))
print(D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3, D(0.1), D(1.5), D(-0.0), D("-0"), D(3), D("1e3"), D("1E-7"), D("123.4500"))
print(repr(D("2.50")), str(D("0.000001")), str(D("0.0000001")), D("1234567890123456789012345678901234567890"), D("100") * D("1e30"))
print(D("19.99") * 3, sum([D("0.10")] * 10), sum(D(x) for x in ["1.5", "2.25", "3"]), D(5) - D("5.00"), -D("0"), abs(D("-3.20")))
print(D("10") // D("3"), D("-7") // D("2"), D("-7") % D("2"), D("7.5") % D("2"), divmod(D("7.5"), D("2")), D(2) ** 10, D("1.1") ** 2, D(2) ** -2)
price = D("19.995")
print(price.quantize(D("0.01")), price.quantize(D("0.01"), rounding=ROUND_HALF_UP), price.quantize(D("1"), ROUND_DOWN), D("-2.5").quantize(D("1"), ROUND_CEILING), D("-2.5").quantize(D("1"), ROUND_FLOOR))
print(round(D("2.5")), round(D("3.5")), round(D("2.675"), 2), round(D("-1.005"), 2), int(D("-7.9")), float(D("1.25")), D("3.14159").quantize(D("0.001")))
print(D("1.20") == D("1.2"), D("1.5") == 1.5, D(2) == 2, D("0.1") == 0.1, hash(D(2)) == hash(2), hash(D("0.5")) == hash(0.5), D(1) < D(2), D("2.0") > 1, max(D("1.5"), D("1.25")), sorted([D("3"), D("1.5"), D("2")]))
print(D("1.23E+5"), D("123E-10"), D("0E-5"), D("1.000").normalize(), D("100").normalize(), D("0.00").normalize(), D("1e2") + 0, D("5E+3").to_integral_value())
print(D(2).sqrt(), D("0.25").sqrt(), D(16).sqrt(), D("1.21").sqrt())
print(f"{D('1234567.891'):,.2f}", f"{D('3.14159'):.3f}", f"{D('42'):>8}", f"{D('-1.5'):08.2f}", f"{D('0.256'):.1%}", f"{D('12345.678'):.2e}", f"{D('1.5')}", f"{D('2.50'):,}", "{:10.4f}|".format(D("3.14159")))
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(7), ctx.prec)
print(D(1) / D(7), getcontext().prec)
getcontext().prec = 28
getcontext().rounding = ROUND_HALF_UP
print(D("2.5").quantize(D("1")), round(D("2.5")))
getcontext().rounding = decimal.ROUND_HALF_EVEN
for bad in ["abc", "1.2.3", ""]:
    try:
        D(bad)
    except InvalidOperation as e:
        print("InvalidOperation:", e)
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero:", e, isinstance(e, ZeroDivisionError))
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    1.5 * D(2)
except TypeError as e:
    print("TypeError:", e)
print(D("1.5").as_tuple(), D(-5).as_integer_ratio(), D("0.75").as_integer_ratio(), D("Infinity"), D("-inf"), D("NaN"), D("1e400") * 2)
print(D(7).is_zero(), D(0).is_zero(), D(-1).is_signed(), D("1.2345").adjusted(), D(1).compare(D(2)), type(D(1) + 1).__name__, isinstance(D(1), Decimal))
items = [("widget", D("2.50"), 4), ("gadget", D("10.00"), 1), ("gizmo", D("0.99"), 10)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * D("0.0825")).quantize(D("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"${subtotal + tax:,.2f}")
