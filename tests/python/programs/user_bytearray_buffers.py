# Building and patching binary buffers with bytearray.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
print(ba, bytes(ba), len(ba), ba.decode(), ba[1], ba[1:3], ba[-1])
ba.extend(b" world")
ba += b"!"
print(ba, ba.upper(), ba.split(b" "), ba.find(b"world"), ba.startswith(b"Hel"), b"ell" in ba, 72 in ba)
buf = bytearray(4)
buf[1:3] = b"\xff\x10"
print(buf, list(buf), buf.hex(), bytearray.fromhex("de ad be ef"), bytearray("héllo", "utf-8"))
del ba[0:6]
print(ba, ba.pop(), ba, ba == b"world!", ba == bytearray(b"world!"), b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
checksum = 0
for byte in bytearray(b"checksum me"):
    checksum = (checksum * 31 + byte) & 0xFFFF
print(checksum, isinstance(ba, bytearray), type(ba).__name__, sorted(bytearray(b"cab")), bytearray(b"ab") * 2)
try:
    ba.append(300)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray("text")
except TypeError as e:
    print("TypeError:", e)
data = bytearray(range(10))
data[::2] = bytes(5)
data.reverse()
print(data, data.count(0), data.index(9), bytearray(b"  pad  ").strip(), bytearray(b"a,b").replace(b",", b";"))
