// The insertion-ordered dict, with Python dict semantics, as a hash table of
// its own: entries in arrays (insertion order, holes after deletion,
// compacted when half empty), an open-addressing index of entry numbers
// (linear probing, at most half full) and each entry's hash kept.  String
// keys with the default equality use StrHash (Mono's String.GetHashCode is
// Marvin, several times slower) and no interface call.  The entry found by
// the last lookup of a string key is remembered, so `d[k] = d.get(k, 0) + 1`
// searches once.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Tandem.Rt {

public static unsafe class StrHash {
    const ulong K = 0x9E3779B97F4A7C15UL;
    // Four characters per multiply; the final mix spreads every bit into
    // the low 32.  Only dict lookups see these values (not str.__hash__).
    public static int Of(string s) {
        if (s == null) return 0;
        int n = s.Length;
        ulong h = (ulong)n * K;
        fixed (char* p = s) {
            int i = 0;
            for (; i + 4 <= n; i += 4) h = (((h << 23) | (h >> 41)) ^ *(ulong*)(p + i)) * K;
            for (; i < n; i++) h = (((h << 23) | (h >> 41)) ^ p[i]) * K;
        }
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        h ^= h >> 32;
        return (int)h;
    }
}

public sealed class ODict<K, V> {
    K[] keys;
    V[] vals;
    int[] hashes;
    bool[] live;
    int used;           // entries used in the arrays (live or holes)
    int count;
    long[] slots;       // twice the entries; low half: 0 empty, -1 deleted, else
                        // entry + 1; high half: the entry's hash (compared first,
                        // without reading the entry arrays)
    int shift;          // slots.Length == 1 << (32 - shift)
    public IEqualityComparer<K> cmp;
    readonly bool strKeys;
    K lastKey;          // string keys: the key of the last successful lookup
    int lastEntry = -1; // and its entry (-1: none)

    public ODict(IEqualityComparer<K> c) {
        cmp = c;
        strKeys = typeof(K) == typeof(string)
            && ((object)c == (object)EqualityComparer<string>.Default || (object)c == (object)ValueComparer<string>.Instance);
        Alloc(4);
    }
    public static ODict<K, V> NewDefault() { return new ODict<K, V>(EqualityComparer<K>.Default); }

    void Alloc(int cap) {
        keys = new K[cap]; vals = new V[cap]; hashes = new int[cap]; live = new bool[cap];
        slots = new long[cap * 2];
        shift = 32 - Log2(cap * 2);
        used = 0; count = 0; lastEntry = -1; lastKey = default(K);
    }
    static int Log2(int n) { int r = 0; while ((1 << r) < n) r++; return r; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Hash(K k) {
        if (strKeys) return StrHash.Of((string)(object)k);
        return k == null ? 0 : cmp.GetHashCode(k);
    }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    bool Same(K a, K b) {
        if (strKeys) return string.Equals((string)(object)a, (string)(object)b);
        return cmp.Equals(a, b);
    }
    // The slot holding k (hash h), or -1.
    int FindSlot(K k, int h) {
        long[] sl = slots;
        int mask = sl.Length - 1;
        int i = (int)(((uint)h * 2654435769u) >> shift);
        while (true) {
            long s = sl[i];
            int e = (int)s;
            if (e == 0) return -1;
            if (e > 0 && (int)(s >> 32) == h && Same(keys[e - 1], k)) return i;
            i = (i + 1) & mask;
        }
    }
    // The entry of k, or -1; remembers it for string keys.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int Find(K k) {
        if (strKeys && lastEntry >= 0 && (object)k == (object)lastKey) return lastEntry;
        return FindSlow(k);
    }
    int FindSlow(K k) {
        int i = FindSlot(k, Hash(k));
        if (i < 0) return -1;
        int e = (int)slots[i] - 1;
        if (strKeys) { lastKey = k; lastEntry = e; }
        return e;
    }
    void Place(int e, int h) {
        long[] sl = slots;
        int mask = sl.Length - 1;
        int i = (int)(((uint)h * 2654435769u) >> shift);
        while ((int)sl[i] > 0) i = (i + 1) & mask;
        sl[i] = ((long)h << 32) | (uint)(e + 1);
    }
    void Reindex() {
        Array.Clear(slots, 0, slots.Length);
        for (int e = 0; e < used; e++) if (live[e]) Place(e, hashes[e]);
    }

    public long Len() { return count; }
    public static bool IsTrue(ODict<K, V> d) { return d != null && d.count != 0; }
    public V Get(K k) {
        int e = Find(k);
        if (e < 0) throw RT.Exc(RT.Key, KeyOps.Repr(k));
        return vals[e];
    }
    public void Set(K k, V v) {
        if (strKeys && lastEntry >= 0 && (object)k == (object)lastKey) { vals[lastEntry] = v; return; }
        int h = Hash(k);
        int i = FindSlot(k, h);
        if (i >= 0) { vals[(int)slots[i] - 1] = v; return; }
        if (used == keys.Length) Grow();
        int e = used++;
        keys[e] = k; vals[e] = v; hashes[e] = h; live[e] = true;
        count++;
        Place(e, h);
    }
    void Grow() {
        lastEntry = -1;
        if (count < used / 2) { Compact(); return; }
        int n = keys.Length * 2;
        Array.Resize(ref keys, n); Array.Resize(ref vals, n);
        Array.Resize(ref hashes, n); Array.Resize(ref live, n);
        slots = new long[n * 2];
        shift = 32 - Log2(n * 2);
        Reindex();
    }
    void Compact() {
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (!live[i]) continue;
            keys[j] = keys[i]; vals[j] = vals[i]; hashes[j] = hashes[i]; live[j] = true;
            j++;
        }
        for (int i = j; i < used; i++) { keys[i] = default(K); vals[i] = default(V); live[i] = false; }
        used = j;
        Reindex();
    }
    public void Del(K k) {
        int i = FindSlot(k, Hash(k));
        if (i < 0) throw RT.Exc(RT.Key, KeyOps.Repr(k));
        int e = (int)slots[i] - 1;
        slots[i] = 0xFFFFFFFFL;     // deleted: low half -1
        live[e] = false; keys[e] = default(K); vals[e] = default(V);
        count--;
        lastEntry = -1; lastKey = default(K);
        if (count == 0) { used = 0; Array.Clear(slots, 0, slots.Length); }
    }
    public bool Contains(K k) { return Find(k) >= 0; }
    public V GetDefault(K k, V dflt) {
        int e = Find(k);
        return e >= 0 ? vals[e] : dflt;
    }
    public V Pop(K k) {
        int e = Find(k);
        if (e < 0) throw RT.Exc(RT.Key, KeyOps.Repr(k));
        V v = vals[e];
        Del(k);
        return v;
    }
    public V PopDefault(K k, V dflt) {
        int e = Find(k);
        if (e < 0) return dflt;
        V v = vals[e];
        Del(k);
        return v;
    }
    public V SetDefault(K k, V dflt) {
        int e = Find(k);
        if (e >= 0) return vals[e];
        Set(k, dflt);
        return dflt;
    }
    public List<K> Keys() {
        List<K> r = new List<K>(count);
        for (int i = 0; i < used; i++) if (live[i]) r.Add(keys[i]);
        return r;
    }
    public List<V> Values() {
        List<V> r = new List<V>(count);
        for (int i = 0; i < used; i++) if (live[i]) r.Add(vals[i]);
        return r;
    }
    public List<Tup2<K, V>> Items() {
        List<Tup2<K, V>> r = new List<Tup2<K, V>>(count);
        for (int i = 0; i < used; i++) if (live[i]) r.Add(new Tup2<K, V>(keys[i], vals[i]));
        return r;
    }
    public void Clear() { Alloc(4); }
    public ODict<K, V> Copy() {
        ODict<K, V> d = new ODict<K, V>(cmp);
        for (int i = 0; i < used; i++) if (live[i]) d.Set(keys[i], vals[i]);
        return d;
    }
}
}
