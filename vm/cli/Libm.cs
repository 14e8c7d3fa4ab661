// The C library's math functions, as CPython's math module calls them
// (jitgen/lower/libm.py): .NET has no expm1, log1p, erf, ..., and Mono's
// JIT computes some of those it has with x87 instructions that differ from
// the C library in the last bit.  The errors follow CPython: a NaN from a
// non-NaN argument is a domain error, an infinity from a finite argument a
// range error where the function can overflow, else a domain error.
using System;
using System.Runtime.InteropServices;
using System.Security;

namespace Tandem.Rt {

[SuppressUnmanagedCodeSecurity]
public static class Libm {
    const string LIB = "libm.so.6";
    [DllImport(LIB, EntryPoint = "asin")] static extern double c_asin(double x);
    [DllImport(LIB, EntryPoint = "acos")] static extern double c_acos(double x);
    [DllImport(LIB, EntryPoint = "sinh")] static extern double c_sinh(double x);
    [DllImport(LIB, EntryPoint = "cosh")] static extern double c_cosh(double x);
    [DllImport(LIB, EntryPoint = "tanh")] static extern double c_tanh(double x);
    [DllImport(LIB, EntryPoint = "asinh")] static extern double c_asinh(double x);
    [DllImport(LIB, EntryPoint = "acosh")] static extern double c_acosh(double x);
    [DllImport(LIB, EntryPoint = "atanh")] static extern double c_atanh(double x);
    [DllImport(LIB, EntryPoint = "expm1")] static extern double c_expm1(double x);
    [DllImport(LIB, EntryPoint = "log1p")] static extern double c_log1p(double x);
    [DllImport(LIB, EntryPoint = "log2")] static extern double c_log2(double x);
    [DllImport(LIB, EntryPoint = "log10")] static extern double c_log10(double x);
    [DllImport(LIB, EntryPoint = "exp2")] static extern double c_exp2(double x);
    [DllImport(LIB, EntryPoint = "cbrt")] static extern double c_cbrt(double x);
    [DllImport(LIB, EntryPoint = "erf")] static extern double c_erf(double x);
    [DllImport(LIB, EntryPoint = "erfc")] static extern double c_erfc(double x);

    static double Check(double x, double r, bool canOverflow) {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw RT.Exc(RT.Value, "math domain error");
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsNaN(x))
            throw RT.Exc(canOverflow ? RT.Overflow : RT.Value, canOverflow ? "math range error" : "math domain error");
        return r;
    }

    public static double Asin(double x) { return Check(x, c_asin(x), false); }
    public static double Acos(double x) { return Check(x, c_acos(x), false); }
    public static double Sinh(double x) { return Check(x, c_sinh(x), true); }
    public static double Cosh(double x) { return Check(x, c_cosh(x), true); }
    public static double Tanh(double x) { return Check(x, c_tanh(x), false); }
    public static double Asinh(double x) { return Check(x, c_asinh(x), false); }
    public static double Acosh(double x) { return Check(x, c_acosh(x), false); }
    public static double Atanh(double x) { return Check(x, c_atanh(x), false); }
    public static double Expm1(double x) { return Check(x, c_expm1(x), true); }
    public static double Log1p(double x) { return Check(x, c_log1p(x), false); }
    public static double Log2(double x) { return Check(x, c_log2(x), false); }
    public static double Log10(double x) { return Check(x, c_log10(x), false); }
    public static double Exp2(double x) { return Check(x, c_exp2(x), true); }
    public static double Cbrt(double x) { return Check(x, c_cbrt(x), false); }
    public static double Erf(double x) { return Check(x, c_erf(x), false); }
    public static double Erfc(double x) { return Check(x, c_erfc(x), false); }
}

}
