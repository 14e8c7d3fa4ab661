// .NET exceptions vs an explicit mechanism (a pending-exception field that
// every caller tests after a call that can raise), in the shape of the
// code the cli backend emits.
using System;
using System.Diagnostics;

class PyExc : Exception { public PyExc(string m) : base(m) {} }
sealed class KeyErr : PyExc { public KeyErr(string m) : base(m) {} }

static class Native {   // .NET exceptions
    public static long Leaf(long i, long every) {
        if (every > 0 && i % every == 0) throw new KeyErr("k");
        return i & 7;
    }
    public static long Mid(long i, long every) { return Leaf(i, every) + 1; }
    public static long Loop(long n, long every) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            try { s += Mid(i, every); } catch (KeyErr) { s -= 1; }
        }
        return s;
    }
    public static long Fib(long n) {
        if (n < 2) { if (n < 0) throw new KeyErr("neg"); return n; }
        return Fib(n - 1) + Fib(n - 2);
    }
}

static class Explicit {  // pending exception in a static field
    public static PyExc pending;
    public static long Leaf(long i, long every) {
        if (every > 0 && i % every == 0) { pending = new KeyErr("k"); return 0; }
        return i & 7;
    }
    public static long Mid(long i, long every) {
        long r = Leaf(i, every);
        if (pending != null) return 0;
        return r + 1;
    }
    public static long Loop(long n, long every) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            long r = Mid(i, every);
            if (pending != null) {
                if (pending is KeyErr) { pending = null; s -= 1; continue; }
                return 0;
            }
            s += r;
        }
        return s;
    }
    public static long Fib(long n) {
        if (n < 2) { if (n < 0) { pending = new KeyErr("neg"); return 0; } return n; }
        long a = Fib(n - 1);
        if (pending != null) return 0;
        long b = Fib(n - 2);
        if (pending != null) return 0;
        return a + b;
    }
}

static class Prog {
    // best of 5: the machine may be shared
    static double Time(Func<long> f, out long r) {
        double best = double.MaxValue;
        r = 0;
        for (int k = 0; k < 5; k++) {
            var sw = Stopwatch.StartNew();
            r = f();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
    static int Main(string[] args) {
        long n = 3000000;
        Native.Fib(20); Explicit.Fib(20); Native.Loop(1000, 10); Explicit.Loop(1000, 10);   // JIT
        Console.WriteLine("| workload | .NET exceptions ms | explicit ms | explicit/.NET |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        long r1, r2;
        double a = Time(() => Native.Fib(30), out r1), b = Time(() => Explicit.Fib(30), out r2);
        if (r1 != r2) throw new Exception("differ");
        Console.WriteLine($"| fib(30), nothing raised | {a:F1} | {b:F1} | {b / a:F2} |");
        foreach (long every in new long[] { 0, 1000, 100, 10, 1 }) {
            long m = every == 1 || every == 10 ? n / 30 : n;
            a = Time(() => Native.Loop(m, every), out r1); b = Time(() => Explicit.Loop(m, every), out r2);
            if (r1 != r2) throw new Exception("differ");
            string what = every == 0 ? "nothing raised" : $"1 call in {every} raises";
            Console.WriteLine($"| {m} calls 2 deep, {what} | {a:F1} | {b:F1} | {b / a:F2} |");
        }
        return 0;
    }
}
