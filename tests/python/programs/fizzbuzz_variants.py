for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i, end=" ")
print()
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)])
def fb(n):
    match (n % 3, n % 5):
        case (0, 0):
            return "FB"
        case (0, _):
            return "F"
        case (_, 0):
            return "B"
        case _:
            return n
print([fb(i) for i in range(1, 16)])
