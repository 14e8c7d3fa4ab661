import sys
def main():
    nums = [int(x) for x in "1 2 three".split()]
    return sum(nums)
if __name__ == "__main__":
    sys.exit(main())
