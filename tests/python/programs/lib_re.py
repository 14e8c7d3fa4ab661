import re
text = "Contact: ann@example.com, bob.smith@mail.org; phone 555-1234 or (555) 987-6543. Date 2024-03-15."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\d{3}-\d{4}", text), re.findall(r"(\d{4})-(\d\d)-(\d\d)", text))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", text)
print(m.group(), m.group("user"), m.group(2), m.groups(), m.groupdict(), m.span(), m.start("host"))
print(re.match(r"Contact", text) is not None, re.match(r"ann", text), re.fullmatch(r"\d+", "12345").group())
print(re.sub(r"\d", "#", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "x@y and p@q"))
print(re.sub(r"\s+", " ", "  many   spaces\there  ").strip(), re.subn("a", "A", "banana"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", "x  y z", maxsplit=1))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming language"))
pat = re.compile(r"^(\w+)\s*=\s*(.*?)\s*$", re.M)
cfg = "name = tandem\nversion=0.1  \n# comment\nmode = fast"
print(pat.findall(cfg), [m.group(1) for m in pat.finditer(cfg)])
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"colou?r", "color colour colr"))
print(re.findall(r"a.*b", "a1b a2b"), re.findall(r"a.*?b", "a1b a2b"), re.findall(r"(ab)+", "ababab ab"))
print(re.search(r"HELLO", "say hello", re.I).group(), re.findall(r"^\w", "one\ntwo", re.M), re.match(r"a.b", "a\nb", re.S).group() == "a\nb")
print(re.findall(r"(\w)\1", "aabbcdde"), re.escape("a.b*c"), bool(re.match(r"[^0-9]+$", "abc")))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"x{2,3}", "x xx xxx xxxx"), re.findall(r"[A-Z][a-z]*", "Hello World FOO"))
