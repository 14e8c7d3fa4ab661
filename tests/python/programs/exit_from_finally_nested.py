import sys
def cleanup():
    print("cleanup ran")
try:
    print("start")
    sys.exit(2)
finally:
    cleanup()
