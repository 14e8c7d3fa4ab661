import sys
print(sys.argv[1:], len(sys.argv))
name = input("name? ")
print("hello", name)
rest = sys.stdin.readline()
print("rest:", rest.strip())
try:
    input()
except EOFError as e:
    print("EOF", e)
