// Short strings made by concatenation, split and slicing are shared
// through a small direct-mapped cache.  On Mono 6.8 every System.String is
// allocated through an internal call (about 45 ns, ten times an object's
// managed allocation), and each one that survives a nursery collection is
// copied again; a probe costs a hash of at most MaxLen characters.  Strings
// are immutable and the subset cannot observe their identity, so handing
// out an equal string that already exists is invisible to programs.
using System;
using System.Runtime.CompilerServices;

namespace Tandem.Rt {

public static unsafe class StrCache {
    public const int MaxLen = 16;
    const int Bits = 12, Mask = (1 << Bits) - 1;
    static readonly string[] table = new string[1 << Bits];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int Slot(uint h) { return (int)((h * 2654435769u) >> (32 - Bits)); }

    // The loops are separate small methods: Mono's JIT gives registers to
    // a method's few most used locals, and keeps the rest in memory.
    static uint Hash(char* p, int n, uint h) {
        char* e = p + n;
        while (p < e) { h = (h ^ *p) * 16777619u; p++; }
        return h;
    }
    static bool Same(char* p, char* q, int n) {
        char* e = p + n;
        while (p < e) { if (*p != *q) return false; p++; q++; }
        return true;
    }

    // s[start .. start + len), shared when short
    public static string Sub(string s, int start, int len) {
        if (len > MaxLen || len <= 0) return len <= 0 ? "" : s.Substring(start, len);
        int k;
        fixed (char* p0 = s) {
            char* p = p0 + start;
            if (len == 1 && *p < 256) return Str.CharStr(*p);
            k = Slot(Hash(p, len, (uint)len));
            string c = table[k];
            if (c != null && c.Length == len) {
                fixed (char* q = c) if (Same(p, q, len)) return c;
            }
        }
        string r = s.Substring(start, len);
        table[k] = r;
        return r;
    }

    // a + b, shared when short (neither is null)
    public static string Concat(string a, string b) {
        int n = a.Length, len = n + b.Length;
        if (len > MaxLen || n == 0 || len == n) return len == n ? a : n == 0 ? b : string.Concat(a, b);
        int k;
        fixed (char* pa = a) fixed (char* pb = b) {
            k = Slot(Hash(pb, len - n, Hash(pa, n, (uint)len)));
            string c = table[k];
            if (c != null && c.Length == len) {
                fixed (char* q = c) if (Same(pa, q, n) && Same(pb, q + n, len - n)) return c;
            }
        }
        string r = string.Concat(a, b);
        table[k] = r;
        return r;
    }

    // A new string of n characters for the caller to fill in place (through
    // `fixed`) before anyone else sees it: one allocation, no char[] copy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Alloc(int n) { return new string('\0', n); }
}
}
