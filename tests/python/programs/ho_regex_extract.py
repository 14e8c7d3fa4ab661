import re
text = "John: 555-1234, Jane: 555-9876; bob: 555-0000. Dates: 2024-01-15, 1999-12-31"
print(re.findall(r"(\w+): (\d{3}-\d{4})", text))
for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text):
    print(m.group("y"), m["m"], m.groupdict(), m.span(), m.groups())
print(re.sub(r"\d{3}-(\d{4})", lambda m: "XXX-" + m.group(1)[::-1], text))
print(re.split(r"[,;.]\s*", text), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " a  b ", maxsplit=1))
print(re.match(r"john", text, re.I).group(), re.search(r"^bob", text, re.M), re.fullmatch(r"\d+", "123").group())
p = re.compile(r"""
    (?P<word>[a-z]+)   # a word
    \s*=\s*
    (?P<num>-?\d+(?:\.\d+)?)
""", re.VERBOSE)
print([m.groupdict() for m in p.finditer("x = 1, yy=-2.5, z= 3")])
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\b\w+(?=ing\b)", "singing and dancing"), re.findall(r"(?<!\$)\b\d+", "$10 20 $30 40"))
print(re.escape("a.b*c"), re.sub(r"\s+", " ", "a \n\t b"), re.subn(r"a", "A", "banana"), re.sub(r"(a)(n)", r"\2\1", "banana"))
print(re.findall(r"<.*?>", "<a><b></b>"), re.findall(r"<.*>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"[^aeiou\s]+", "hello world"))
m = re.search(r"(a)(b)?", "ac")
print(m.groups(), m.group(2), m.groups("-"), m.lastindex, m.start(2), m.end())
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "a.b+c@ex-ample.co.uk")), re.match("x", "y"))
print(re.findall(r"(\w)\1", "aabbcd"), re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.findall(r"\d+|[a-z]+", "ab12cd3"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"^", "> ", "l1\nl2", flags=re.M), re.findall(r".", "a\nb", re.S), re.compile(r"\d").pattern)
