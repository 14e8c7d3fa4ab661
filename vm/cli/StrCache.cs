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

    // s[start .. start + len), shared when short
    public static string Sub(string s, int start, int len) {
        if (len > MaxLen || len <= 0) return len <= 0 ? "" : s.Substring(start, len);
        fixed (char* p0 = s) {
            char* p = p0 + start;
            if (len == 1 && *p < 256) return Str.CharStr(*p);
            uint h = (uint)len;
            for (int i = 0; i < len; i++) h = (h ^ p[i]) * 16777619u;
            int k = Slot(h);
            string c = table[k];
            if (c != null && c.Length == len) {
                fixed (char* q = c) {
                    int i = 0;
                    while (i < len && q[i] == p[i]) i++;
                    if (i == len) return c;
                }
            }
            c = s.Substring(start, len);
            table[k] = c;
            return c;
        }
    }

    // a + b, shared when short (neither is null)
    public static string Concat(string a, string b) {
        int n = a.Length, m = b.Length, len = n + m;
        if (len > MaxLen) return string.Concat(a, b);
        if (n == 0) return b;
        if (m == 0) return a;
        fixed (char* pa = a) fixed (char* pb = b) {
            uint h = (uint)len;
            for (int i = 0; i < n; i++) h = (h ^ pa[i]) * 16777619u;
            for (int i = 0; i < m; i++) h = (h ^ pb[i]) * 16777619u;
            int k = Slot(h);
            string c = table[k];
            if (c != null && c.Length == len) {
                fixed (char* q = c) {
                    int i = 0;
                    while (i < n && q[i] == pa[i]) i++;
                    if (i == n) {
                        int j = 0;
                        while (j < m && q[n + j] == pb[j]) j++;
                        if (j == m) return c;
                    }
                }
            }
            c = string.Concat(a, b);
            table[k] = c;
            return c;
        }
    }

    // A new string of n characters for the caller to fill in place (through
    // `fixed`) before anyone else sees it: one allocation, no char[] copy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Alloc(int n) { return new string('\0', n); }
}
}
