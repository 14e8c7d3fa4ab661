print("tab:\t|", "nl:\\n", r"raw\n", "quote\"s", 'single\'s', "\x41\u00e9")
print("""triple
quoted""", '''also
triple''')
s = "multi" "part" 'concat'
print(s, len(s))
print("a\
b")
print(f"{'q'!r:>5}", f'{"dq"}', rf"raw {1+1}\d")
print(len("\n\t\\"), repr("\r\x0b\x0c"), "\101\102")
print(b"bytes\x00".hex(), "ünïcödé".upper(), "ß".upper(), "İ".lower() == "i̇")
