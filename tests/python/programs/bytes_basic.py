b = b"hello"
print(b, len(b), b[0], b[1:3], list(b), b + b" world", b == b"hello")
print("héllo".encode(), "héllo".encode().decode(), b"abc".hex())
print(bytes(3), bytes([104, 105]), bytes("xyz", "utf-8"), repr(b"'q\n"))
print(b"a" < b"b", b"abc" in [b"abc"], hash(b"x") == hash(b"x"))
for byte in b"AZ":
    print(byte, chr(byte))
