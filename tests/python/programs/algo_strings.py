def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(is_anagram("Dormitory", "dirty room"), caesar("Hello, World!", 3), caesar(caesar("abc", 5), -5))
print(rle("aaabccddddde"), word_freq("The cat. The dog! the END, a cat?"))
def palindromes(s):
    found = set()
    for i in range(len(s)):
        for j in range(i + 2, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                found.add(s[i:j])
    return sorted(found, key=lambda p: (-len(p), p))[:4]
print(palindromes("abacdfgdcabaracecar"))
print(" ".join(w[::-1] for w in "reverse each word".split()), "".join(sorted(set("hello world") - {" "})))
