"""hashlib: sha256 and sha512 (FIPS 180-4), written out in Python.  The
round constants are derived at import time from the primes, as the
standard defines them (fractional bits of square and cube roots)."""


def _primes(n):
    found = []
    k = 2
    while len(found) < n:
        if all(k % p for p in found if p * p <= k):
            found.append(k)
        k += 1
    return found


def _iroot(x, k):
    """floor(x ** (1/k)) for a non-negative int, by Newton's method."""
    if x < 2:
        return x
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        nxt = ((k - 1) * r + x // r ** (k - 1)) // k
        if nxt >= r:
            break
        r = nxt
    while r ** k > x:
        r -= 1
    while (r + 1) ** k <= x:
        r += 1
    return r


def _frac_bits(primes, k, bits):
    mask = (1 << bits) - 1
    return [_iroot(p << (k * bits), k) & mask for p in primes]


_P80 = _primes(80)
_K256 = _frac_bits(_P80[:64], 3, 32)
_H256 = _frac_bits(_P80[:8], 2, 32)
_K512 = _frac_bits(_P80, 3, 64)
_H512 = _frac_bits(_P80[:8], 2, 64)


class _Sha2:
    # word size, rounds, rotation amounts and lengths differ between the two
    def __init__(self, data=b""):
        self._h = list(self._H0)
        self._buf = b""
        self._len = 0
        self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._len += len(data)
        self._buf += bytes(data)
        bs = self.block_size
        while len(self._buf) >= bs:
            self._compress(self._buf[:bs])
            self._buf = self._buf[bs:]

    def _compress(self, block):
        W, mask, bpw = self._W, self._MASK, self._W // 8
        r = self._ROT

        def rotr(x, n):
            return ((x >> n) | (x << (W - n))) & mask

        w = [int.from_bytes(block[i:i + bpw], "big") for i in range(0, len(block), bpw)]
        for t in range(16, len(self._K)):
            s0 = rotr(w[t - 15], r[0]) ^ rotr(w[t - 15], r[1]) ^ (w[t - 15] >> r[2])
            s1 = rotr(w[t - 2], r[3]) ^ rotr(w[t - 2], r[4]) ^ (w[t - 2] >> r[5])
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._h
        for t in range(len(self._K)):
            S1 = rotr(e, r[9]) ^ rotr(e, r[10]) ^ rotr(e, r[11])
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + self._K[t] + w[t]) & mask
            S0 = rotr(a, r[6]) ^ rotr(a, r[7]) ^ rotr(a, r[8])
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._h = [(x + y) & mask for x, y in zip(self._h, [a, b, c, d, e, f, g, h])]

    def digest(self):
        saved = (list(self._h), self._buf, self._len)
        bs = self.block_size
        lenbytes = 2 * self._W // 8
        pad = b"\x80" + b"\x00" * ((bs - lenbytes - 1 - len(self._buf)) % bs)
        bitlen = self._len * 8
        self._buf += pad + bitlen.to_bytes(lenbytes, "big")
        while self._buf:
            self._compress(self._buf[:bs])
            self._buf = self._buf[bs:]
        out = b"".join(x.to_bytes(self._W // 8, "big") for x in self._h)
        self._h, self._buf, self._len = saved
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = type(self)()
        other._h, other._buf, other._len = list(self._h), self._buf, self._len
        return other


class sha256(_Sha2):
    name = "sha256"
    digest_size = 32
    block_size = 64
    _W = 32
    _MASK = (1 << 32) - 1
    _K = _K256
    _H0 = _H256
    _ROT = (7, 18, 3, 17, 19, 10, 2, 13, 22, 6, 11, 25)


class sha512(_Sha2):
    name = "sha512"
    digest_size = 64
    block_size = 128
    _W = 64
    _MASK = (1 << 64) - 1
    _K = _K512
    _H0 = _H512
    _ROT = (1, 8, 7, 19, 61, 6, 28, 34, 39, 14, 18, 41)


algorithms_available = algorithms_guaranteed = {"sha256", "sha512"}


def new(name, data=b""):
    if name == "sha256":
        return sha256(data)
    if name == "sha512":
        return sha512(data)
    raise ValueError("unsupported hash type " + name)
