import sys
def main():
    print("working")
    if len(sys.argv) > 1:
        return 4
    return 0
if __name__ == "__main__":
    sys.exit(main())
