// Tandem CLI runtime: startup, exceptions, stack depth, stdout, integers.
// Compiled with mcs into TandemRuntime.dll by jitgen/backend/cli/runtime.py;
// translated assemblies reference it.  Semantics: docs/lowlevel.md.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace Tandem.Rt {

// Root of the program's exception classes (the subset's `Exception`).
public class PyExc : System.Exception {
    public string message;
    public PyExc() : base() {}
    public virtual string m___str__() { return message; }
    public override string Message { get { return message ?? ""; } }
}

// Raised to end the process with a status (fatal errors).
public class FatalExit : System.Exception {
    public int status;
    public FatalExit(int s) { status = s; }
}

public static class RT {
    // Built-in exception kinds, in the order of the emitted factory's switch.
    public const int Overflow = 0, ZeroDiv = 1, Index = 2, Key = 3, Value = 4,
        Type = 5, OS = 6, StackOvf = 7, Attribute = 8, Assertion = 9, Runtime = 10, Memory = 11;
    public static Func<long, string, PyExc> excFactory;
    public static Dictionary<System.Type, string> names = new Dictionary<System.Type, string>();

    public static int depth = 0;
    public static int maxDepth = 2800;
    // The stack of the thread that runs main, and of each embedded call.
    public const int BigStack = 1024 * 1024 * 1024;
    // At about 1 KiB per counted level (measured: 4M levels of a small
    // function, 60k levels of the Python VM at 5+ levels each) 200k levels
    // leave a wide margin in BigStack.
    static int BigStackDepth() {
        string lim = Environment.GetEnvironmentVariable("TANDEM_CLI_MAXDEPTH");
        return lim != null ? int.Parse(lim) : 200000;
    }

    public static Stream stdoutStream;
    public static StringBuilder outBuf = new StringBuilder();
    static readonly UTF8Encoding utf8 = new UTF8Encoding(false);
    static TextReader stdin;

    public static PyExc Exc(int kind, string msg) { return excFactory(kind, msg); }

    public static void Enter() {
        if (++depth > maxDepth) {
            depth--;
            throw excFactory(StackOvf, "maximum recursion depth exceeded");
        }
    }

    public static bool TypeIs(object o, System.Type t) { return o != null && o.GetType() == t; }
    // type(a) is type(b); None's type is only its own
    public static bool SameClass(object a, object b) {
        if (a == null || b == null) return a == b;
        return a.GetType() == b.GetType();
    }
    public static void RegisterClass(System.Type t, string pyname) { names[t] = pyname; }
    public static string ClassName(object o) {
        if (o == null) throw Null("__class__");
        string n;
        if (names.TryGetValue(o.GetType(), out n)) return n;
        return o.GetType().Name;
    }

    public static Exception Null(string what) {
        return new NullError("AttributeError: 'NoneType' object has no attribute '" + what + "'");
    }

    // ---- I/O ----
    public static void WriteStdout(string s) {
        outBuf.Append(s);
        if (outBuf.Length > 1 << 16) FlushStdout();
    }
    // The io_flush_stdout external: what cannot be written is dropped and
    // raises OSError, as io_write_stdout does (docs/lowlevel.md).
    public static void FlushStdout() {
        IOException e = TryFlush();
        if (e == null) return;
        // Mono reports EPIPE as ERROR_WRITE_FAULT, with no errno in the message
        if (e.HResult == unchecked((int)0x8007001D)) throw Exc(OS, "[Errno 32] Broken pipe");
        throw Exc(OS, "[Errno 5] " + e.Message);
    }
    // Internal flushes (before stderr, at exit, after an embedded call) are
    // quiet: a closed stdout is reported only to the program's own writes.
    public static void FlushQuiet() { TryFlush(); }
    static IOException TryFlush() {
        if (outBuf.Length == 0) return null;
        byte[] b = utf8.GetBytes(outBuf.ToString());
        outBuf.Clear();
        try { stdoutStream.Write(b, 0, b.Length); stdoutStream.Flush(); } catch (IOException e) { return e; }
        return null;
    }
    public static void WriteStderr(string s) {
        FlushQuiet();
        byte[] b = utf8.GetBytes(s);
        Stream e = Console.OpenStandardError();
        e.Write(b, 0, b.Length); e.Flush();
    }
    public static string ReadFile(string path) {
        try { return File.ReadAllText(path, utf8); }
        catch (Exception e) { throw Exc(OS, OSMessage(e, path)); }
    }
    public static void WriteFile(string path, string data) {
        try { File.WriteAllText(path, data, utf8); }
        catch (Exception e) { throw Exc(OS, OSMessage(e, path)); }
    }
    static string OSMessage(Exception e, string path) {
        if (e is FileNotFoundException || e is DirectoryNotFoundException)
            return "[Errno 2] No such file or directory: " + Str.Repr(path);
        if (e is UnauthorizedAccessException)
            return "[Errno 13] Permission denied: " + Str.Repr(path);
        return "[Errno 5] " + e.Message + ": " + Str.Repr(path);
    }
    public static string ReadLineStdin() {
        if (stdin == null) stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = stdin.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }
    public static bool FileExists(string path) { return File.Exists(path); }
    public static string GetCwd() { return System.IO.Directory.GetCurrentDirectory(); }

    // ---- other externals (interpreters/*: clocks, folders) ----
    static readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    public static double ClockSeconds() { return clock.Elapsed.TotalSeconds; }
    public static double TimeTime() {
        return (DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
    }
    public static void TimeSleep(double seconds) {
        FlushQuiet();
        if (seconds > 0) Thread.Sleep(TimeSpan.FromSeconds(seconds));
    }
    public static List<string> ListDir(string path) {
        List<string> r = new List<string>();
        try {
            foreach (string p in Directory.GetFileSystemEntries(path)) r.Add(Path.GetFileName(p));
        } catch (Exception) { return new List<string>(); }
        r.Sort(string.CompareOrdinal);
        return r;
    }

    // ---- startup ----
    static long status;
    public static int Start(string[] args, Func<List<string>, long> main, Action init) {
        string progName = Environment.GetEnvironmentVariable("TANDEM_ARGV0");
        if (progName == null) progName = System.Reflection.Assembly.GetEntryAssembly().Location;
        stdoutStream = Console.OpenStandardOutput();
        maxDepth = BigStackDepth();
        List<string> argv = new List<string>();
        argv.Add(progName);
        argv.AddRange(args);
        // The CLR cannot catch a real stack overflow: a depth counter raises
        // StackOverflow long before this thread's big stack runs out.
        Thread t = new Thread(() => { status = RunMain(argv, main, init); }, BigStack);
        t.Start();
        t.Join();
        return (int)status;
    }

    public static long RunMain(List<string> argv, Func<List<string>, long> main, Action init) {
        try {
            init();
            long r = main(argv);
            FlushQuiet();
            return r;
        } catch (PyExc e) {
            depth = 0;   // frames unwound by the exception never decremented it
            string n = ClassName(e);
            string m;
            try { m = e.m___str__(); } catch (PyExc) { m = e.message; }
            WriteStderr(string.IsNullOrEmpty(m) ? n + "\n" : n + ": " + m + "\n");
            return 1;
        } catch (OverflowException) {
            // add.ovf/sub.ovf/mul.ovf in translated code: the subset's OverflowError
            WriteStderr("OverflowError: integer overflow\n");
            return 1;
        } catch (OutOfMemoryException) {
            // the runtime's or Mono's allocation failure: the subset's MemoryError
            FlushQuiet();
            WriteStderr("MemoryError\n");
            return 1;
        } catch (NullError e) {
            WriteStderr(e.Message + "\n");
            return 1;
        } catch (NullReferenceException) {
            WriteStderr("AttributeError: 'NoneType' object has no attribute\n");
            return 1;
        } catch (FatalExit e) {
            FlushQuiet();
            return e.status;
        }
    }

    // ---- embedding (Tandem.Embed) ----
    public static void InitEmbed() {
        if (stdoutStream == null) stdoutStream = Console.OpenStandardOutput();
        maxDepth = BigStackDepth();
    }
    // Every Tandem.Embed call (but interrupt) runs here, on a new thread with
    // the executable's 1 GiB stack, and the caller waits for it: the host's
    // thread may have any stack size (pythonnet calls on the Python thread's),
    // and this way the embedded depth limit is the executable's.  What the
    // call throws is rethrown on the caller's thread, never left unhandled.
    public static object OnBigStack(Func<object[], object> call, object[] args) {
        object result = null;
        Exception error = null;
        Thread t = new Thread(() => {
            try { result = call(args); } catch (Exception e) { error = e; }
        }, BigStack);
        t.Start();
        t.Join();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }
    public static void EmbedEnter() { depth = 0; }
    public static void Report(PyExc e) {
        depth = 0;
        string n = ClassName(e);
        string m;
        try { m = e.m___str__(); } catch (PyExc) { m = e.message; }
        WriteStderr(string.IsNullOrEmpty(m) ? n + "\n" : n + ": " + m + "\n");
    }

    public static Exception Fatal(string msg) {
        WriteStderr("fatal error: " + msg + "\n");
        return new FatalExit(1);
    }
    public static void DepthExceeded() {
        depth--;
        throw excFactory(StackOvf, "maximum recursion depth exceeded");
    }
}

public class NullError : System.Exception {
    public NullError(string m) : base(m) {}
}

public static class Int {
    public static long AddOvf(long a, long b) {
        long r = unchecked(a + b);
        if (((a ^ r) & (b ^ r)) < 0) throw RT.Exc(RT.Overflow, "integer overflow");
        return r;
    }
    public static long SubOvf(long a, long b) {
        long r = unchecked(a - b);
        if (((a ^ b) & (a ^ r)) < 0) throw RT.Exc(RT.Overflow, "integer overflow");
        return r;
    }
    public static long MulOvf(long a, long b) {
        try { return checked(a * b); }
        catch (OverflowException) { throw RT.Exc(RT.Overflow, "integer overflow"); }
    }
    public static long NegOvf(long a) {
        if (a == long.MinValue) throw RT.Exc(RT.Overflow, "integer overflow");
        return -a;
    }
    public static long AbsOvf(long a) {
        if (a == long.MinValue) throw RT.Exc(RT.Overflow, "integer overflow");
        return a < 0 ? -a : a;
    }
    public static long FloorDiv(long a, long b) {
        if (b == 0) throw RT.Exc(RT.ZeroDiv, "integer division or modulo by zero");
        if (b == -1) {
            if (a == long.MinValue) throw RT.Exc(RT.Overflow, "integer overflow");
            return -a;
        }
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }
    public static long Mod(long a, long b) {
        if (b == 0) throw RT.Exc(RT.ZeroDiv, "integer modulo by zero");
        if (b == -1) return 0;
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        return r;
    }
    public static double TrueDiv(long a, long b) {
        if (b == 0) throw RT.Exc(RT.ZeroDiv, "division by zero");
        const long Exact = 1L << 53;
        if (a >= -Exact && a <= Exact && b >= -Exact && b <= Exact) return (double)a / (double)b;
        return TrueDivSlow(a, b);
    }

    // a / b correctly rounded, as CPython's int true division: (double)a /
    // (double)b rounds twice once an operand passes 2**53.  N = floor(|a| *
    // 2**k / |b|) keeps at least 55 bits; a nonzero remainder is or-ed into
    // bit 0 (round to odd), so the one rounding to double is right.
    static double TrueDivSlow(long a, long b) {
        ulong A = a < 0 ? (ulong)(-(a + 1)) + 1UL : (ulong)a;
        ulong B = b < 0 ? (ulong)(-(b + 1)) + 1UL : (ulong)b;
        bool neg = (a < 0) != (b < 0);
        if (A == 0) return neg ? -0.0 : 0.0;
        int k = 55 + BitLength(B) - BitLength(A);
        if (k < 0) k = 0;
        ulong q = A / B, r = A % B;
        for (int i = 0; i < k; i++) {
            bool top = (r >> 63) != 0;
            r <<= 1;
            q <<= 1;
            if (top || r >= B) { r -= B; q |= 1; }
        }
        if (r != 0) q |= 1;
        double scale = 1.0;
        if (q >= (1UL << 63)) { q = (q >> 1) | (q & 1); scale = 2.0; }
        for (int i = 0; i < k; i++) scale *= 0.5;
        double d = (double)(long)q * scale;
        return neg ? -d : d;
    }

    static int BitLength(ulong x) {
        int n = 0;
        while (x != 0) { n++; x >>= 1; }
        return n;
    }
    public static long PowOvf(long a, long b) {
        if (b < 0) throw RT.Exc(RT.Value, "negative exponent");
        long r = 1;
        while (b > 0) {
            if ((b & 1) != 0) r = MulOvf(r, a);
            b >>= 1;
            if (b > 0) a = MulOvf(a, a);
        }
        return r;
    }
    public static long Lshift(long a, long b) {
        if (b < 0) throw RT.Exc(RT.Value, "negative shift count");
        if (b >= 64) return 0;
        return a << (int)b;
    }
    public static long LshiftOvf(long a, long b) {
        if (b < 0) throw RT.Exc(RT.Value, "negative shift count");
        if (a == 0) return 0;
        if (b >= 64) throw RT.Exc(RT.Overflow, "integer overflow");
        long r = a << (int)b;
        if ((r >> (int)b) != a) throw RT.Exc(RT.Overflow, "integer overflow");
        return r;
    }
    public static long Rshift(long a, long b) {
        if (b < 0) throw RT.Exc(RT.Value, "negative shift count");
        if (b >= 64) return a < 0 ? -1 : 0;
        return a >> (int)b;
    }
    public static ulong ULshift(ulong a, ulong b) { return b >= 64 ? 0 : a << (int)b; }
    public static ulong URshift(ulong a, ulong b) { return b >= 64 ? 0 : a >> (int)b; }
    public static ulong UFloorDiv(ulong a, ulong b) {
        if (b == 0) throw RT.Exc(RT.ZeroDiv, "integer division or modulo by zero");
        return a / b;
    }
    public static ulong UMod(ulong a, ulong b) {
        if (b == 0) throw RT.Exc(RT.ZeroDiv, "integer modulo by zero");
        return a % b;
    }
    // Digits written here (long.ToString looks up the culture's number
    // format and goes through Mono's general formatter); str() of 0..1023
    // is kept once made.
    static readonly string[] smallRepr = new string[1024];
    public static string Repr(long a) {
        if ((ulong)a < 1024) {
            string s = smallRepr[a];
            if (s == null) { s = Digits((ulong)a, false); smallRepr[a] = s; }
            return s;
        }
        return a < 0 ? Digits(unchecked((ulong)(-a)), true) : Digits((ulong)a, false);
    }
    public static string URepr(ulong a) { return Digits(a, false); }
    static unsafe string Digits(ulong u, bool neg) {
        char* buf = stackalloc char[24];
        int i = 24;
        do { buf[--i] = (char)('0' + (int)(u % 10)); u /= 10; } while (u != 0);
        if (neg) buf[--i] = '-';
        return new string(buf, i, 24 - i);
    }
    public static string BoolRepr(bool b) { return b ? "True" : "False"; }
    public static long Min(long a, long b) { return b < a ? b : a; }
    public static long Max(long a, long b) { return b > a ? b : a; }
}
}
