// Lists (System.Collections.Generic.List<T> plus Python-semantics helpers),
// the insertion-ordered dict, tuples and key reprs.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Tandem.Rt {

public static class Lst {
    static List<T> N<T>(List<T> l, string what) { if (l == null) throw RT.Null(what); return l; }

    public static List<T> Mul<T>(List<T> l, long n) {
        List<T> r = new List<T>();
        for (long i = 0; i < n; i++) r.AddRange(N(l, "__mul__"));
        return r;
    }
    public static long Len<T>(List<T> l) { return N(l, "__len__").Count; }
    public static bool IsTrue<T>(List<T> l) { return l != null && l.Count != 0; }
    public static T Get<T>(List<T> l, long i) {
        int n = N(l, "__getitem__").Count;
        if ((ulong)i >= (ulong)n) {
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw RT.Exc(RT.Index, "list index out of range");
        }
        return l[(int)i];
    }
    public static void Set<T>(List<T> l, long i, T x) {
        int n = N(l, "__setitem__").Count;
        if ((ulong)i >= (ulong)n) {
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw RT.Exc(RT.Index, "list assignment index out of range");
        }
        l[(int)i] = x;
    }
    public static void Del<T>(List<T> l, long i) {
        int n = N(l, "__delitem__").Count;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw RT.Exc(RT.Index, "list assignment index out of range");
        l.RemoveAt((int)i);
    }
    public static void Append<T>(List<T> l, T x) { N(l, "append").Add(x); }
    public static void Extend<T>(List<T> l, List<T> o) { N(l, "extend").AddRange(o); }
    public static void Insert<T>(List<T> l, long i, T x) {
        int n = N(l, "insert").Count;
        if (i < 0) { i += n; if (i < 0) i = 0; } else if (i > n) i = n;
        l.Insert((int)i, x);
    }
    public static T PopLast<T>(List<T> l) {
        int n = N(l, "pop").Count;
        if (n == 0) throw RT.Exc(RT.Index, "pop from empty list");
        T x = l[n - 1];
        l.RemoveAt(n - 1);
        return x;
    }
    public static T Pop<T>(List<T> l, long i) {
        int n = N(l, "pop").Count;
        if (n == 0) throw RT.Exc(RT.Index, "pop from empty list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw RT.Exc(RT.Index, "pop index out of range");
        T x = l[(int)i];
        l.RemoveAt((int)i);
        return x;
    }
    public static List<T> Slice<T>(List<T> l, long start, long stop) {
        long n = N(l, "__getitem__").Count;
        Str.Clamp(n, ref start, ref stop);
        if (stop <= start) return new List<T>();
        return l.GetRange((int)start, (int)(stop - start));
    }
    public static List<T> Concat<T>(List<T> a, List<T> b) {
        List<T> r = new List<T>(N(a, "__add__").Count + N(b, "__add__").Count);
        r.AddRange(a); r.AddRange(b);
        return r;
    }
    static bool Eq<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
    public static bool Contains<T>(List<T> l, T x) {
        foreach (T y in N(l, "__contains__")) if (Eq(x, y)) return true;
        return false;
    }
    public static long Index<T>(List<T> l, T x) {
        int n = N(l, "index").Count;
        for (int i = 0; i < n; i++) if (Eq(x, l[i])) return i;
        throw RT.Exc(RT.Value, KeyOps.Repr(x) + " is not in list");
    }
    public static void Remove<T>(List<T> l, T x) {
        int n = N(l, "remove").Count;
        for (int i = 0; i < n; i++) if (Eq(x, l[i])) { l.RemoveAt(i); return; }
        throw RT.Exc(RT.Value, "list.remove(x): x not in list");
    }
    public static long Count<T>(List<T> l, T x) {
        long c = 0;
        foreach (T y in N(l, "count")) if (Eq(x, y)) c++;
        return c;
    }
    public static void Reverse<T>(List<T> l) { N(l, "reverse").Reverse(); }
    public static List<T> Copy<T>(List<T> l) { return new List<T>(N(l, "copy")); }
    public static void Clear<T>(List<T> l) { N(l, "clear").Clear(); }
    public static bool ListEq<T>(List<T> a, List<T> b) {
        if (N(a, "__eq__").Count != N(b, "__eq__").Count) return false;
        for (int i = 0; i < a.Count; i++) if (!Eq(a[i], b[i])) return false;
        return true;
    }
    public static void SortInt(List<long> l) { N(l, "sort").Sort(); }
    public static void SortFloat(List<double> l) {
        // stable (equal floats such as 0.0 and -0.0 keep their order)
        double[] a = N(l, "sort").ToArray();
        int[] idx = new int[a.Length];
        for (int i = 0; i < idx.Length; i++) idx[i] = i;
        Array.Sort(idx, (x, y) => { int c = a[x].CompareTo(a[y]); return c != 0 ? c : x.CompareTo(y); });
        for (int i = 0; i < idx.Length; i++) l[i] = a[idx[i]];
    }
    public static void SortStr(List<string> l) { N(l, "sort").Sort(Str.CpComparison); }
}

// Identity comparer for instances used as dict keys.
public sealed class IdentityComparer : IEqualityComparer<object> {
    public static readonly IdentityComparer Instance = new IdentityComparer();
    public new bool Equals(object a, object b) { return ReferenceEquals(a, b); }
    public int GetHashCode(object o) { return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o); }
}

// Dict keys compared by value, with Python's float/int conventions.
public sealed class ValueComparer<K> : IEqualityComparer<K> {
    public static readonly ValueComparer<K> Instance = new ValueComparer<K>();
    public bool Equals(K a, K b) { return EqualityComparer<K>.Default.Equals(a, b); }
    public int GetHashCode(K k) { return k == null ? 0 : k.GetHashCode(); }
}

public static class KeyOps {
    public static string Repr<T>(T k) {
        object o = k;
        if (o == null) return "None";
        if (o is string) return Str.Repr((string)o);
        if (o is long) return Int.Repr((long)o);
        if (o is double) return Flt.Repr((double)o);
        if (o is bool) return Int.BoolRepr((bool)o);
        if (o is ulong) return Int.URepr((ulong)o);
        if (o is ITup) return ((ITup)o).Repr();
        return "<" + RT.ClassName(o) + " object>";
    }
    public static int Hash<T>(T k) { return EqualityComparer<T>.Default.GetHashCode(k); }
    public static bool Eq<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
}

public interface ITup { string Repr(); }

public sealed class Tup1<A> : ITup {
    public readonly A f0;
    public Tup1(A a) { f0 = a; }
    public override bool Equals(object o) { Tup1<A> t = o as Tup1<A>; return t != null && KeyOps.Eq(f0, t.f0); }
    public override int GetHashCode() { return KeyOps.Hash(f0); }
    public string Repr() { return "(" + KeyOps.Repr(f0) + ",)"; }
}
public sealed class Tup2<A, B> : ITup {
    public readonly A f0; public readonly B f1;
    public Tup2(A a, B b) { f0 = a; f1 = b; }
    public override bool Equals(object o) { Tup2<A, B> t = o as Tup2<A, B>; return t != null && KeyOps.Eq(f0, t.f0) && KeyOps.Eq(f1, t.f1); }
    public override int GetHashCode() { return KeyOps.Hash(f0) * 1000003 ^ KeyOps.Hash(f1); }
    public string Repr() { return "(" + KeyOps.Repr(f0) + ", " + KeyOps.Repr(f1) + ")"; }
}
public sealed class Tup3<A, B, C> : ITup {
    public readonly A f0; public readonly B f1; public readonly C f2;
    public Tup3(A a, B b, C c) { f0 = a; f1 = b; f2 = c; }
    public override bool Equals(object o) { Tup3<A, B, C> t = o as Tup3<A, B, C>; return t != null && KeyOps.Eq(f0, t.f0) && KeyOps.Eq(f1, t.f1) && KeyOps.Eq(f2, t.f2); }
    public override int GetHashCode() { return (KeyOps.Hash(f0) * 1000003 ^ KeyOps.Hash(f1)) * 1000003 ^ KeyOps.Hash(f2); }
    public string Repr() { return "(" + KeyOps.Repr(f0) + ", " + KeyOps.Repr(f1) + ", " + KeyOps.Repr(f2) + ")"; }
}
public sealed class Tup4<A, B, C, D> : ITup {
    public readonly A f0; public readonly B f1; public readonly C f2; public readonly D f3;
    public Tup4(A a, B b, C c, D d) { f0 = a; f1 = b; f2 = c; f3 = d; }
    public override bool Equals(object o) { Tup4<A, B, C, D> t = o as Tup4<A, B, C, D>; return t != null && KeyOps.Eq(f0, t.f0) && KeyOps.Eq(f1, t.f1) && KeyOps.Eq(f2, t.f2) && KeyOps.Eq(f3, t.f3); }
    public override int GetHashCode() { return ((KeyOps.Hash(f0) * 1000003 ^ KeyOps.Hash(f1)) * 1000003 ^ KeyOps.Hash(f2)) * 1000003 ^ KeyOps.Hash(f3); }
    public string Repr() { return "(" + KeyOps.Repr(f0) + ", " + KeyOps.Repr(f1) + ", " + KeyOps.Repr(f2) + ", " + KeyOps.Repr(f3) + ")"; }
}
// Tuples of more than four items: boxed.
public sealed class TupN : ITup {
    public readonly object[] items;
    public TupN(object[] a) { items = a; }
    public override bool Equals(object o) {
        TupN t = o as TupN;
        if (t == null || t.items.Length != items.Length) return false;
        for (int i = 0; i < items.Length; i++) if (!object.Equals(items[i], t.items[i])) return false;
        return true;
    }
    public override int GetHashCode() {
        int h = 17;
        foreach (object x in items) h = h * 1000003 ^ (x == null ? 0 : x.GetHashCode());
        return h;
    }
    public string Repr() {
        string[] parts = new string[items.Length];
        for (int i = 0; i < items.Length; i++) parts[i] = KeyOps.Repr(items[i]);
        return "(" + string.Join(", ", parts) + ")";
    }
}
}
