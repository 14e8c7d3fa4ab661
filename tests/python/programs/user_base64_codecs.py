# Encoding binary data as Base16/32/64 and back.
import base64
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(256))[:40]]:
    e = base64.b64encode(raw)
    print(e, base64.b64decode(e) == raw, base64.b32encode(raw), base64.b32decode(base64.b32encode(raw)) == raw, base64.b16encode(raw)[:20], base64.urlsafe_b64encode(raw + b"\xfb\xff"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64decode("-_8="), base64.b16decode("48656C6C6F"), base64.encodebytes(b"x" * 100))
for bad in ["abc", "a"]:
    try:
        base64.b64decode(bad)
    except Exception as e:
        print(type(e).__name__, e)
