import helpers.mathutil as m
def main():
    print("main called", __name__)
    return 0
if __name__ == "__main__":
    main()
print(m.__name__ == "helpers.mathutil")
