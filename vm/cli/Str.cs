// Str operations with Python semantics on System.String.  Indices count
// code points (surrogate pairs are mapped: docs/backend-cli.md).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Tandem.Rt {

public static unsafe class Str {
    static string N(string s, string what) { if (s == null) throw RT.Null(what); return s; }

    // Code points outside the BMP are surrogate pairs in a System.String.
    // Indices in the subset count code points: strings with pairs get a map
    // from code point index to UTF-16 offset.  Short strings are scanned
    // each time (cheap); the maps of the last few long strings are cached by
    // identity, so a scanner that indexes a long text and, in between, asks
    // about other strings (short ones, or a few long ones) scans it once.
    const int Short = 64, Slots = 8;
    static readonly string[] cachedS = new string[Slots];
    static readonly int[][] cachedMap = new int[Slots][];
    static int nextSlot;
    static string lastS;       // the long string asked about last, and its map
    static int[] lastMap;
    static string lastShort;   // and the short one (a 1-entry cache of its own,
    static int[] shortMap;     // so `for c in word` does not evict the long text)
    static int[] Map(string s) {
        if ((object)s == (object)lastS) return lastMap;
        if (s.Length <= Short) {
            if ((object)s != (object)lastShort) {
                shortMap = Scan(s);
                lastShort = s;
            }
            return shortMap;
        }
        int[] map = null;
        int k = 0;
        while (k < Slots && (object)cachedS[k] != (object)s) k++;
        if (k < Slots) {
            map = cachedMap[k];
        } else {
            map = Scan(s);
            cachedS[nextSlot] = s;
            cachedMap[nextSlot] = map;
            nextSlot = (nextSlot + 1) % Slots;
        }
        lastS = s;
        lastMap = map;
        return map;
    }
    // null when s has no surrogate pair
    static int[] Scan(string s) {
        return HasPair(s, s.Length) ? BuildMap(s) : null;
    }
    // Whether s[0 .. end) holds a surrogate pair (or s[end - 1] starts one):
    // four characters at a time, looking for any in D800..DFFF first.
    static bool HasPair(string s, int end) {
        fixed (char* p = s) {
            int i = 0;
            for (; i + 4 <= end; i += 4) {
                ulong v = (*(ulong*)(p + i) & 0xF800F800F800F800UL) ^ 0xD800D800D800D800UL;
                if (((v - 0x0001000100010001UL) & ~v & 0x8000800080008000UL) != 0) break;
            }
            for (; i < end && i + 1 < s.Length; i++)
                if ((p[i] & 0xFC00) == 0xD800 && (p[i + 1] & 0xFC00) == 0xDC00) return true;
        }
        return false;
    }
    static int[] BuildMap(string s) {
        List<int> m = new List<int>(s.Length + 1);
        for (int i = 0; i < s.Length; i++) {
            m.Add(i);
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        m.Add(s.Length);     // one past the end
        return m.ToArray();
    }
    // code point count / UTF-16 offset of code point i (0 <= i <= count) / back
    static int CpLen(string s) { int[] m = Map(s); return m == null ? s.Length : m.Length - 1; }
    static int Off(string s, long i) { int[] m = Map(s); return m == null ? (int)i : m[i]; }
    static long CpIndex(string s, int off) {
        int[] m = Map(s);
        if (m == null || off < 0) return off;
        int k = Array.BinarySearch(m, off);
        return k >= 0 ? k : ~k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Len(string s) {
        if (s != null && ((object)s == (object)lastS ? lastMap == null
                          : (object)s == (object)lastShort && shortMap == null)) return s.Length;
        return LenSlow(s);
    }
    static long LenSlow(string s) { return CpLen(N(s, "__len__")); }
    // The common case first, small enough for Mono to inline: the string
    // indexed last, without surrogate pairs, and an index in range.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string GetItem(string s, long i) {
        if (s != null && (ulong)i < (ulong)s.Length
                && ((object)s == (object)lastS ? lastMap == null
                    : (object)s == (object)lastShort && shortMap == null)) {
            char c = s[(int)i];
            if (c < 256) return ascii[c];
        }
        return GetItemSlow(s, i);
    }
    static string GetItemSlow(string s, long i) {
        int[] m = Map(N(s, "__getitem__"));
        int n = m == null ? s.Length : m.Length - 1;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw RT.Exc(RT.Index, "string index out of range");
        if (m == null) return CharStr(s[(int)i]);
        int o = m[i], e = m[i + 1];
        return e - o == 1 ? CharStr(s[o]) : s.Substring(o, e - o);
    }
    static readonly string[] ascii = MakeAscii();
    static string[] MakeAscii() {
        string[] a = new string[256];
        for (int i = 0; i < 256; i++) a[i] = ((char)i).ToString();
        return a;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string CharStr(char c) { return c < 256 ? ascii[c] : c.ToString(); }

    public static void Clamp(long n, ref long start, ref long stop) {
        if (start < 0) { start += n; if (start < 0) start = 0; } else if (start > n) start = n;
        if (stop < 0) { stop += n; if (stop < 0) stop = 0; } else if (stop > n) stop = n;
    }
    public static string Slice(string s, long start, long stop) {
        long n = CpLen(N(s, "__getitem__"));
        Clamp(n, ref start, ref stop);
        if (stop <= start) return "";
        int o = Off(s, start);
        return StrCache.Sub(s, o, Off(s, stop) - o);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Concat(string a, string b) {
        if (a == null || b == null) return ConcatNull(a, b);
        return StrCache.Concat(a, b);
    }
    static string ConcatNull(string a, string b) { N(a, "__add__"); N(b, "__add__"); return null; }
    public static string Mul(string s, long n) {
        N(s, "__mul__");
        if (n <= 0 || s.Length == 0) return "";
        StringBuilder sb = new StringBuilder(s.Length * (int)n);
        for (long i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }
    public static bool Eq(string a, string b) { return string.Equals(a, b); }
    // By code point, as Python compares: UTF-16 order is code point order
    // except that a surrogate pair (a character past U+FFFF) sorts before
    // U+E000..U+FFFF, so the first differing units are compared after moving
    // surrogates above that range.
    public static int Cmp(string a, string b) {
        N(a, "__lt__"); N(b, "__lt__");
        int n = a.Length < b.Length ? a.Length : b.Length;
        fixed (char* p = a) fixed (char* q = b) {
            for (int i = 0; i < n; i++) {
                if (p[i] != q[i]) return CpOrder(p[i]) - CpOrder(q[i]);
            }
        }
        return a.Length - b.Length;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static int CpOrder(char c) { return c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800; }
    public static readonly Comparison<string> CpComparison = Cmp;
    // Comparisons with a one-character constant c (the backend emits these
    // for `s == "x"`, `"a" <= s` ...): ordinal, as Cmp, without a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqChar(string s, char c) { return s != null && s.Length == 1 && s[0] == c; }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LtChar(string s, char c) {
        if (s == null || s.Length == 0) return Lt(s, CharStr(c));
        return CpOrder(s[0]) < CpOrder(c);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LeChar(string s, char c) {
        if (s == null || s.Length == 0) return Le(s, CharStr(c));
        return CpOrder(s[0]) < CpOrder(c) || (s[0] == c && s.Length == 1);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GtChar(string s, char c) { return !LeChar(s, c); }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GeChar(string s, char c) { return !LtChar(s, c); }
    public static bool Lt(string a, string b) { return Cmp(a, b) < 0; }
    public static bool Le(string a, string b) { return Cmp(a, b) <= 0; }
    public static bool Gt(string a, string b) { return Cmp(a, b) > 0; }
    public static bool Ge(string a, string b) { return Cmp(a, b) >= 0; }
    public static string Min(string a, string b) { return Cmp(b, a) < 0 ? b : a; }
    public static string Max(string a, string b) { return Cmp(b, a) > 0 ? b : a; }
    public static bool Contains(string s, string sub) {
        return IndexOrd(N(s, "__contains__"), N(sub, "__contains__"), 0, s.Length) >= 0;
    }
    public static bool IsTrue(string s) { return s != null && s.Length != 0; }
    public static long Hash(string s) {
        long h = 1469598103934665603L;
        foreach (char c in N(s, "__hash__")) h = unchecked((h ^ c) * 1099511628211L);
        return h;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Ord(string s) {
        if (s != null && s.Length == 1) return s[0];
        return OrdSlow(s);
    }
    static long OrdSlow(string s) {
        int n = CpLen(N(s, "ord"));
        if (n != 1)
            throw RT.Exc(RT.Type, "ord() expected a character, but string of length " + n + " found");
        return s.Length == 2 ? char.ConvertToUtf32(s[0], s[1]) : s[0];
    }
    public static string Chr(long i) {
        if (i < 0 || i >= 0x110000) throw RT.Exc(RT.Value, "chr() arg not in range(0x110000)");
        if (i < 0x10000) return CharStr((char)i);
        return char.ConvertFromUtf32((int)i);
    }
    // The length first, then one string filled in place.
    public static string Join(string sep, List<string> items) {
        N(sep, "join");
        if (items == null) throw RT.Null("join");
        int cnt = items.Count;
        if (cnt == 0) return "";
        // the items are read in chunks (List<T>.get_Item is a call on Mono)
        string[] buf = new string[cnt < 256 ? cnt : 256];
        long total = (long)sep.Length * (cnt - 1);
        for (int c = 0; c < cnt; c += buf.Length) {
            int m = Math.Min(buf.Length, cnt - c);
            items.CopyTo(c, buf, 0, m);
            total += LengthOf(buf, m);
        }
        if (cnt == 1) return buf[0];
        if (total > int.MaxValue) throw new OutOfMemoryException();
        string r = StrCache.Alloc((int)total);
        fixed (char* d0 = r) fixed (char* ps = sep) {
            char* d = d0;
            for (int c = 0; c < cnt; c += buf.Length) {
                int m = Math.Min(buf.Length, cnt - c);
                items.CopyTo(c, buf, 0, m);
                d = Fill(d, buf, m, ps, sep.Length, c == 0);
            }
        }
        return r;
    }
    static long LengthOf(string[] buf, int m) {
        long n = 0;
        for (int i = 0; i < m; i++) {
            string x = buf[i];
            if (x == null) throw RT.Null("join");
            n += x.Length;
        }
        return n;
    }
    // buf[0 .. m) at d, each after sep (but the very first); the end
    static char* Fill(char* d, string[] buf, int m, char* ps, int k, bool first) {
        for (int i = 0; i < m; i++) {
            if (i > 0 || !first) { Copy(ps, d, k); d += k; }
            string x = buf[i];
            fixed (char* px = x) Copy(px, d, x.Length);
            d += x.Length;
        }
        return d;
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Copy(char* src, char* dst, int n) {
        if (n <= 8) { for (int i = 0; i < n; i++) dst[i] = src[i]; }
        else Buffer.MemoryCopy(src, dst, (long)n * 2, (long)n * 2);
    }

    public static bool IsSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f') || c == '\x85'
            || (c > 127 && char.IsWhiteSpace(c) && c != '\u200b');
    }
    public static List<string> Split(string s) {
        List<string> r = new List<string>();
        int i = 0, n = N(s, "split").Length;
        while (true) {
            while (i < n && IsSpace(s[i])) i++;
            if (i >= n) break;
            int j = i;
            while (j < n && !IsSpace(s[j])) j++;
            r.Add(StrCache.Sub(s, i, j - i));
            i = j;
        }
        return r;
    }
    public static List<string> SplitSep(string s, string sep) {
        if (N(sep, "split").Length == 0) throw RT.Exc(RT.Value, "empty separator");
        N(s, "split");
        if (sep.Length == 1) return SplitChar(s, sep[0]);
        // count the parts first: the list is allocated once, at its size
        // (Mono's String.Split builds an array that would then be copied)
        int m = sep.Length, parts = 1;
        for (int i = IndexOrd(s, sep, 0, s.Length); i >= 0; i = IndexOrd(s, sep, i + m, s.Length)) parts++;
        List<string> r = new List<string>(parts);
        int prev = 0;
        for (int i = IndexOrd(s, sep, 0, s.Length); i >= 0; i = IndexOrd(s, sep, prev, s.Length)) {
            r.Add(StrCache.Sub(s, prev, i - prev));
            prev = i + m;
        }
        r.Add(StrCache.Sub(s, prev, s.Length - prev));
        return r;
    }
    // split on one character: count the parts, then cut them
    static List<string> SplitChar(string s, char c) {
        int n = s.Length;
        fixed (char* p = s) {
            List<string> r = new List<string>(CountChar(p, n, c) + 1);
            int prev = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] != c) continue;
                r.Add(StrCache.Sub(s, prev, i - prev));
                prev = i + 1;
            }
            r.Add(StrCache.Sub(s, prev, n - prev));
            return r;
        }
    }
    // How many of p[0 .. n) are c: four at a time (0x8000 marks exactly
    // the lanes equal to c; the multiply adds the marks up).
    static int CountChar(char* p, int n, char c) {
        ulong pat = c * 0x0001000100010001UL;
        int count = 0, i = 0;
        for (; i + 4 <= n; i += 4) {
            ulong v = *(ulong*)(p + i) ^ pat;
            ulong z = ~(((v & 0x7FFF7FFF7FFF7FFFUL) + 0x7FFF7FFF7FFF7FFFUL) | v | 0x7FFF7FFF7FFF7FFFUL);
            count += (int)(((z >> 15) * 0x0001000100010001UL) >> 48);
        }
        for (; i < n; i++) if (p[i] == c) count++;
        return count;
    }
    // The first UTF-16 offset in [start, end - sub.Length] where sub occurs
    // (ordinal), or -1.  The first character is looked for four at a time
    // (String.IndexOf(string, Ordinal) is slow on Mono, and
    // String.IndexOf(char) costs a call per candidate).
    static int IndexOrd(string s, string sub, int start, int end) {
        int m = sub.Length;
        if (m == 0) return start <= end ? start : -1;
        int last = end - m;
        fixed (char* p = s) fixed (char* q = sub) {
            char c0 = q[0];
            for (int i = start; i <= last; i++) {
                i = IndexChar(p, i, last + 1, c0);
                if (i < 0) return -1;
                int k = 1;
                while (k < m && p[i + k] == q[k]) k++;
                if (k == m) return i;
            }
        }
        return -1;
    }
    // The first i in [from, to) with p[i] == c, or -1.
    static int IndexChar(char* p, int from, int to, char c) {
        int i = from;
        ulong pat = c * 0x0001000100010001UL;
        for (; i + 4 <= to; i += 4) {
            ulong v = *(ulong*)(p + i) ^ pat;
            if (((v - 0x0001000100010001UL) & ~v & 0x8000800080008000UL) != 0) break;
        }
        for (; i < to; i++) if (p[i] == c) return i;
        return -1;
    }
    static void Bounds(int n, ref long start, ref long end) {
        if (start < 0) { start += n; if (start < 0) start = 0; }
        if (end > n) end = n; else if (end < 0) { end += n; if (end < 0) end = 0; }
    }
    public static long Find(string s, string sub, long start, long end) {
        N(s, "find");
        if (start == 0 && end >= s.Length && sub != null) {
            // the whole string: search the UTF-16 text and map the offset
            // only if a surrogate pair comes before it
            int i = IndexOrd(s, sub, 0, s.Length);
            if (i < 0 || !HasPair(s, i)) return i;
        }
        int n = CpLen(s);
        Bounds(n, ref start, ref end);
        if (start > n || end < start) return -1;
        int o = Off(s, start), e = Off(s, end);
        if (e - o < sub.Length) return -1;
        return CpIndex(s, IndexOrd(s, sub, o, e));
    }
    public static long RFind(string s, string sub, long start, long end) {
        int n = CpLen(N(s, "rfind"));
        Bounds(n, ref start, ref end);
        if (start > n || end < start) return -1;
        int o = Off(s, start), e = Off(s, end);
        if (e - o < sub.Length) return -1;
        for (int i = e - sub.Length; i >= o; i--)
            if (string.CompareOrdinal(s, i, sub, 0, sub.Length) == 0) return CpIndex(s, i);
        return -1;
    }
    public static long Index(string s, string sub) {
        long r = Find(N(s, "index"), sub, 0, long.MaxValue);
        if (r < 0) throw RT.Exc(RT.Value, "substring not found");
        return r;
    }
    public static long Count(string s, string sub) {
        N(s, "count");
        if (sub.Length == 0) return Len(s) + 1;     // code points, not UTF-16 units
        long c = 0; int i = 0;
        while ((i = IndexOrd(s, sub, i, s.Length)) >= 0) { c++; i += sub.Length; }
        return c;
    }
    public static bool StartsWith(string s, string p) { return N(s, "startswith").StartsWith(p, StringComparison.Ordinal); }
    public static bool EndsWith(string s, string p) { return N(s, "endswith").EndsWith(p, StringComparison.Ordinal); }
    public static string Strip(string s) { return RStrip(LStrip(s)); }
    public static string LStrip(string s) {
        int i = 0; N(s, "lstrip");
        while (i < s.Length && IsSpace(s[i])) i++;
        return s.Substring(i);
    }
    public static string RStrip(string s) {
        int j = N(s, "rstrip").Length;
        while (j > 0 && IsSpace(s[j - 1])) j--;
        return s.Substring(0, j);
    }
    public static string StripChars(string s, string cs) { return N(s, "strip").Trim(cs.ToCharArray()); }
    public static string LStripChars(string s, string cs) { return N(s, "lstrip").TrimStart(cs.ToCharArray()); }
    public static string RStripChars(string s, string cs) { return N(s, "rstrip").TrimEnd(cs.ToCharArray()); }
    public static string Replace(string s, string old, string nw) {
        N(s, "replace");
        if (old.Length == 0) {
            StringBuilder sb = new StringBuilder();
            sb.Append(nw);
            foreach (char c in s) { sb.Append(c); sb.Append(nw); }
            return sb.ToString();
        }
        // one search: the match offsets are kept
        int m = old.Length, k = nw.Length, count = 0;
        int[] at = new int[16];
        for (int i = IndexOrd(s, old, 0, s.Length); i >= 0; i = IndexOrd(s, old, i + m, s.Length)) {
            if (count == at.Length) Array.Resize(ref at, count * 2);
            at[count++] = i;
        }
        if (count == 0) return s;
        long total = s.Length + (long)(k - m) * count;
        if (total > int.MaxValue) throw new OutOfMemoryException();
        if (total == 0) return "";
        string r = StrCache.Alloc((int)total);
        fixed (char* d0 = r) fixed (char* ps = s) fixed (char* pn = nw) {
            char* d = d0;
            int prev = 0;
            for (int j = 0; j < count; j++) {
                int i = at[j];
                Copy(ps + prev, d, i - prev); d += i - prev;
                Copy(pn, d, k); d += k;
                prev = i + m;
            }
            Copy(ps + prev, d, s.Length - prev);
        }
        return r;
    }
    // Full case mapping of each code point from CPython's Unicode database
    // (CharDb.cs: SpecialCasing included, "ß".upper() is "SS", titlecase
    // letters, characters past U+FFFF), and lower()'s final-sigma rule.
    static string MapFull(string s, bool upper) {
        StringBuilder sb = new StringBuilder(s.Length + 8);
        for (int i = 0; i < s.Length; i++) {
            char c = s[i];
            if (c < 0x80) { sb.Append(upper ? (c >= 'a' && c <= 'z' ? (char)(c - 32) : c)
                                            : (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c)); continue; }
            if (!upper && c == '\u03a3') { sb.Append(FinalSigma(s, i) ? '\u03c2' : '\u03c3'); continue; }
            int cp = c, w = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                w = 2;
            }
            string m = CharDb.CaseMap(cp, upper);
            if (m != null) sb.Append(m); else sb.Append(s, i, w);
            i += w - 1;
        }
        return sb.ToString();
    }
    static string UpperFull(string s) { return MapFull(s, true); }
    static string LowerFull(string s) { return MapFull(s, false); }
    // Unicode's Final_Sigma condition with CPython's properties (CharDb):
    // a cased character before (case-ignorable ones skipped), none after
    static int PropAt(string s, int j, int step, out int width) {
        char c = s[j];
        width = 1;
        if (step > 0 && char.IsHighSurrogate(c) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1])) {
            width = 2;
            return CharDb.Props(char.ConvertToUtf32(c, s[j + 1]));
        }
        if (step < 0 && char.IsLowSurrogate(c) && j > 0 && char.IsHighSurrogate(s[j - 1])) {
            width = 2;
            return CharDb.Props(char.ConvertToUtf32(s[j - 1], c));
        }
        return CharDb.Props(c);
    }
    static bool FinalSigma(string s, int i) {
        int j = i - 1, w, p = 0;
        while (j >= 0 && ((p = PropAt(s, j, -1, out w)) & CharDb.IGNORABLE) != 0) j -= w;
        if (j < 0 || (p & CharDb.CASED) == 0) return false;
        j = i + 1;
        while (j < s.Length && ((p = PropAt(s, j, 1, out w)) & CharDb.IGNORABLE) != 0) j += w;
        return j >= s.Length || (p & CharDb.CASED) == 0;
    }
    // ASCII text is mapped here (twice as fast as Mono's culture tables),
    // filled in place in one new string; non-ASCII text starts over.
    public static string Upper(string s) {
        if (N(s, "upper").Length == 0) return s;
        return AsciiCase(s, 'a', 'z', -32) ?? UpperFull(s);
    }
    public static string Lower(string s) {
        if (N(s, "lower").Length == 0) return s;
        return AsciiCase(s, 'A', 'Z', 32) ?? LowerFull(s);
    }
    // s with delta added to each character in lo..hi; null when s has a
    // character past ASCII
    static string AsciiCase(string s, char lo, char hi, int delta) {
        int n = s.Length;
        string r = StrCache.Alloc(n);
        fixed (char* p = s) fixed (char* d = r) {
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                ulong x = *(ulong*)(p + i);
                if ((x & 0xFF80FF80FF80FF80UL) != 0) return null;
                // 0x80 >> 2 = 32 = |delta| in each lane whose character is in range
                ulong m = AsciiRange(x, lo, hi);
                *(ulong*)(d + i) = delta < 0 ? x - (m >> 2) : x + (m >> 2);
            }
            for (; i < n; i++) {
                char c = p[i];
                if (c >= 0x80) return null;
                d[i] = (uint)(c - lo) <= (uint)(hi - lo) ? (char)(c + delta) : c;
            }
        }
        return r;
    }
    // Four ASCII characters in x (16 bits each, all below 0x80): 0x80 in
    // each lane whose character is in lo..hi, else 0 (no carry crosses lanes).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong AsciiRange(ulong x, char lo, char hi) {
        ulong geLo = x + (0x80UL - lo) * 0x0001000100010001UL;
        ulong gtHi = x + (0x80UL - hi - 1) * 0x0001000100010001UL;
        return geLo & ~gtHi & 0x0080008000800080UL;
    }
    // Character properties from CPython's Unicode database (CharDb.cs), by
    // code point (a surrogate pair is one character).
    static bool AllHave(string s, int bit) {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++) {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            if ((CharDb.Props(cp) & bit) == 0) return false;
        }
        return true;
    }
    public static bool IsDigit(string s) { return AllHave(N(s, "isdigit"), CharDb.DIGIT); }
    public static bool IsAlpha(string s) { return AllHave(N(s, "isalpha"), CharDb.ALPHA); }
    public static bool IsAlnum(string s) { return AllHave(N(s, "isalnum"), CharDb.ALNUM); }
    public static bool IsSpaceStr(string s) {
        if (N(s, "isspace").Length == 0) return false;
        foreach (char c in s) if (!IsSpace(c)) return false;
        return true;
    }
    // CPython's rule: no lowercase (for isupper) or titlecase character,
    // and at least one uppercase one
    static bool CasedAs(string s, int self, int other) {
        bool cased = false;
        for (int i = 0; i < s.Length; i++) {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            int p = CharDb.Props(cp);
            if ((p & (other | CharDb.TITLE)) != 0) return false;
            if ((p & self) != 0) cased = true;
        }
        return cased;
    }
    public static bool IsUpper(string s) { return CasedAs(N(s, "isupper"), CharDb.UPPER, CharDb.LOWER); }
    public static bool IsLower(string s) { return CasedAs(N(s, "islower"), CharDb.LOWER, CharDb.UPPER); }
    public static string LJust(string s, long w, string fill) {
        int n = CpLen(N(s, "ljust"));
        CheckFill(fill);
        if (w <= n) return s;
        return s + Mul(fill, w - n);
    }
    public static string RJust(string s, long w, string fill) {
        int n = CpLen(N(s, "rjust"));
        CheckFill(fill);
        if (w <= n) return s;
        return Mul(fill, w - n) + s;
    }
    static void CheckFill(string fill) {
        if (CpLen(N(fill, "ljust")) != 1)
            throw RT.Exc(RT.Type, "The fill character must be exactly one character long");
    }
    public static string ZFill(string s, long w) {
        int n = CpLen(N(s, "zfill"));
        if (w <= n) return s;
        string pad = new string('0', (int)(w - n));
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) return s[0] + pad + s.Substring(1);
        return pad + s;
    }

    static bool Printable(string s, int i, out int cp, out int width) {
        char c = s[i];
        width = 1; cp = c;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) {
            cp = char.ConvertToUtf32(c, s[i + 1]); width = 2;
        }
        if (cp < 0x7f) return cp >= 0x20;
        if (cp < 0xa1) return false;
        UnicodeCategory cat = width == 2 ? CharUnicodeInfo.GetUnicodeCategory(s, i) : CharUnicodeInfo.GetUnicodeCategory(c);
        switch (cat) {
            case UnicodeCategory.Control: case UnicodeCategory.Format: case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse: case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator: case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
        }
        return true;
    }
    public static string Repr(string s) {
        if (s == null) return "None";
        char q = (s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.Length + 2);
        sb.Append(q);
        for (int i = 0; i < s.Length; ) {
            char c = s[i];
            int cp, w;
            if (c == q || c == '\\') { sb.Append('\\'); sb.Append(c); i++; continue; }
            if (c == '\n') { sb.Append("\\n"); i++; continue; }
            if (c == '\r') { sb.Append("\\r"); i++; continue; }
            if (c == '\t') { sb.Append("\\t"); i++; continue; }
            if (Printable(s, i, out cp, out w)) { sb.Append(s, i, w); i += w; continue; }
            if (cp < 0x100) sb.Append("\\x" + cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u" + cp.ToString("x4"));
            else sb.Append("\\U" + cp.ToString("x8"));
            i += w;
        }
        sb.Append(q);
        return sb.ToString();
    }

    public static long ToInt(string s0, long b) {
        if (b != 0 && (b < 2 || b > 36)) throw RT.Exc(RT.Value, "int() base must be >= 2 and <= 36, or 0");
        string s = Strip(N(s0, "int"));
        int i = 0, n = s.Length;
        bool neg = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) { neg = s[i] == '-'; i++; }
        long bs = b;
        if (i + 1 < n && s[i] == '0') {
            char p = char.ToLowerInvariant(s[i + 1]);
            if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0))) {
                bs = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
                if (i < n && s[i] == '_') i++;
            }
        }
        bool zeroOnly = false;
        if (bs == 0) { bs = 10; zeroOnly = i < n && s[i] == '0'; }
        ulong acc = 0; bool any = false, bad = false, ovf = false, nonzero = false;
        ulong limit = neg ? 9223372036854775808UL : 9223372036854775807UL;
        for (; i < n; i++) {
            char c = s[i];
            if (c == '_') { if (!any || i + 1 >= n || s[i + 1] == '_') { bad = true; break; } continue; }
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d == 99 && c > 127) {
                // a decimal digit of another script (CPython's table), perhaps past U+FFFF
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(c, s[++i]);
                int v = CharDb.Decimal(cp);
                if (v >= 0) d = v;
            }
            if (d >= bs) { bad = true; break; }
            any = true;
            if (d != 0) nonzero = true;
            if (!ovf) {
                if (acc > (limit - (ulong)d) / (ulong)bs) ovf = true;
                else acc = acc * (ulong)bs + (ulong)d;
            }
        }
        if (!any || bad || (zeroOnly && nonzero))
            throw RT.Exc(RT.Value, "invalid literal for int() with base " + b + ": " + Repr(s0));
        if (ovf) throw RT.Exc(RT.Overflow, "integer overflow");
        return neg ? unchecked(-(long)acc) : (long)acc;
    }

    // StringBuilder ops
    public static void SbAppendSlice(StringBuilder sb, string s, long start, long end) {
        long n = CpLen(s);
        Clamp(n, ref start, ref end);
        if (end > start) { int o = Off(s, start); sb.Append(s, o, Off(s, end) - o); }
    }
    public static void SbAppendMultiple(StringBuilder sb, string c, long n) {
        for (long i = 0; i < n; i++) sb.Append(c);
    }
    // in code points, as len() of what build() returns (a surrogate pair is one)
    public static long SbLength(StringBuilder sb) {
        int n = sb.Length;
        if (n == 0) return 0;
        string s = sb.ToString();
        int pairs = 0;
        fixed (char* p = s) {
            for (int i = 0; i + 1 < n; i++) {
                if ((p[i] & 0xFC00) == 0xD800 && (p[i + 1] & 0xFC00) == 0xDC00) { pairs++; i++; }
            }
        }
        return n - pairs;
    }
}
}
