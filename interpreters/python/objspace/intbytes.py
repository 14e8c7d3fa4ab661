"""int.to_bytes / int.from_bytes on vm.bigint, in the subset (bytes are
str values holding one char per byte, as W_Bytes keeps them)."""
from vm.bigint import BigInt

HEX = "0123456789abcdef"


def check_byteorder(order: str) -> bool:
    return order == "big" or order == "little"


def to_bytes(v: BigInt, length: int, little: bool, signed: bool) -> str | None:
    """The bytes of v, or None if v does not fit (OverflowError for the
    caller: CPython's "int too big to convert")."""
    nbits = 8 * length
    if length == 0:
        # CPython: no bytes hold 0, and -1 when signed
        ok = v.is_zero() or (signed and v.eq(BigInt.from_int(-1)))
        return "" if ok else None
    if v.sign() < 0:
        # two's complement: v + 2**nbits, if -v - 1 fits in nbits - 1 bits
        if v.neg().int_add(-1).bit_length() > nbits - 1:
            return None
        v = v.add(BigInt.from_int(1).lshift(nbits))
    elif v.bit_length() > (nbits - 1 if signed else nbits):
        return None
    digits = v.to_base(16)
    if len(digits) % 2 == 1:
        digits = "0" + digits
    if v.is_zero():
        digits = ""
    out: list[str] = []
    pad = length - len(digits) // 2
    for i in range(pad):
        out.append(chr(0))
    i = 0
    while i < len(digits):
        out.append(chr(HEX.find(digits[i]) * 16 + HEX.find(digits[i + 1])))
        i += 2
    if little:
        out.reverse()
    return "".join(out)


def from_bytes(data: str, little: bool, signed: bool) -> BigInt:
    n = len(data)
    if n == 0:
        return BigInt.from_int(0)
    chars: list[str] = []
    for k in range(n):
        b = ord(data[n - 1 - k] if little else data[k])
        chars.append(HEX[b >> 4])
        chars.append(HEX[b & 15])
    v = BigInt.from_str("".join(chars), 16)
    top = ord(data[n - 1] if little else data[0])
    if signed and top >= 128:
        v = v.sub(BigInt.from_int(1).lshift(8 * n))
    return v
