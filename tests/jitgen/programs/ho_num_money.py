"""Fixed-point money in integer cents: parsing "-12.34" by hand, formatting
with divmod on negatives (refunds), banker's rounding of basis-point tax
rates done with // and % on negative amounts, splitting a bill into shares
that sum exactly (largest remainder), compound interest in micro-units with
ovfcheck, and a ledger summary keyed by (account, month) tuples."""
from jitgen.hints import ovfcheck


class MoneyError(Exception):
    pass


def parse_cents(text: str) -> int:
    s = text.strip()
    neg = s.startswith("-")
    if neg or s.startswith("+"):
        s = s[1:]
    whole, dot, frac = s.partition(".")
    if not whole.isdigit() or (dot and not (frac.isdigit() and len(frac) <= 2)):
        raise MoneyError(f"bad amount {text!r}")
    cents = int(whole) * 100 + (int(frac.ljust(2, "0")) if frac else 0)
    return -cents if neg else cents


def fmt(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    groups = []
    u = str(units)
    while len(u) > 3:
        groups.insert(0, u[-3:])
        u = u[:-3]
    groups.insert(0, u)
    return f"{sign}${','.join(groups)}.{str(rest).zfill(2)}"


def div_round_half_even(num: int, den: int) -> int:
    """num / den rounded to the nearest int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def tax(cents: int, basis_points: int) -> int:
    return div_round_half_even(cents * basis_points, 10000)


def split(cents: int, weights: list[int]) -> list[int]:
    total_w = sum(weights)
    shares = [cents * w // total_w for w in weights]
    remainders = [(cents * w % total_w, -i) for i, w in enumerate(weights)]
    left = cents - sum(shares)
    for _, neg_i in sorted(remainders, reverse=True)[:left]:
        shares[-neg_i] += 1
    return shares


def compound(principal_cents: int, rate_ppm: int, years: int) -> int:
    micro = principal_cents * 10000
    for _ in range(years):
        micro = ovfcheck(micro + ovfcheck(micro * rate_ppm) // 1000000)
    return div_round_half_even(micro, 10000)


def main(argv: list[str]) -> int:
    for text in ["12.34", "-0.5", "+7", "1000000.01", " 3.1 ", "0.00", "-1234567.89", "1.234", "abc", "-", "4."]:
        try:
            c = parse_cents(text)
            print(f"{text!r:} -> {c} -> {fmt(c)}")
        except MoneyError as e:
            print("MoneyError:", e)
    for amount in [1005, 1015, 1025, -1005, -1015, 12345, -1, 0]:
        print("tax 5% of", fmt(amount), "=", fmt(tax(amount, 500)), " 7.25%:", fmt(tax(amount, 725)))
    for num, den in [(5, 2), (7, 2), (-5, 2), (-7, 2), (1, 3), (-1, 3), (2, 4), (-2, 4), (10, 4)]:
        print(f"round({num}/{den}) = {div_round_half_even(num, den)}", end="; ")
    print()
    bill = parse_cents("100.00")
    for weights in [[1, 1, 1], [1, 2, 3, 4], [5], [3, 3, 1]]:
        shares = split(bill, weights)
        print("split", weights, [fmt(s) for s in shares], fmt(sum(shares)))
    print("negative split", split(-1000, [1, 1, 1]), sum(split(-1000, [1, 1, 1])))
    for years in [0, 1, 10, 30]:
        print("compound", years, fmt(compound(100000, 50000, years)))
    try:
        print(compound(10 ** 12, 900000, 60))
    except OverflowError:
        print("compound: overflow")
    ledger: dict[tuple[str, int], int] = {}
    entries = [("cash", 1, "12.50"), ("bank", 1, "-3.25"), ("cash", 2, "7.75"), ("cash", 1, "-0.50"),
               ("bank", 2, "100"), ("bank", 1, "0.01")]
    for acct, month, amt in entries:
        key = (acct, month)
        ledger[key] = ledger.get(key, 0) + parse_cents(amt)
    for (acct, month), total in sorted(ledger.items()):
        print(f"  {acct:} {month:} {fmt(total).rjust(10)}")
    by_acct: dict[str, int] = {}
    for (acct, _), total in ledger.items():
        by_acct[acct] = by_acct.get(acct, 0) + total
    print("totals", {k: fmt(v) for k, v in by_acct.items()}, fmt(sum(by_acct.values())))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
