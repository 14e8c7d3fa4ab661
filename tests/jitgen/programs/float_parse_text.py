"""float(str) on the forms Python accepts, subnormals included (Mono's parser is one ulp low on some)."""


def main(argv: list[str]) -> int:
    for t in ["2.5e-310", "+1.5", ".5", "5.", "-2.5E-310", "1e22", "123456789012345678901234567890", "4.9e-324", "1.7976931348623157e308", "0.1", "-0.0", "1_0.5"]:
        try:
            print(t, float(t))
        except ValueError as e:
            print(t, "ValueError", e)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(main(sys.argv))
