// Float operations with Python's semantics, and repr(float) computed exactly
// with BigInteger (Mono's "R" format is not always the shortest string).
using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Security;

namespace Tandem.Rt {

public static class Flt {
    public static double TrueDiv(double a, double b) {
        if (b == 0.0) throw RT.Exc(RT.ZeroDiv, "float division by zero");
        return a / b;
    }
    public static double Mod(double a, double b) {
        if (b == 0.0) throw RT.Exc(RT.ZeroDiv, "float modulo");
        return ModNoCheck(a, b);
    }
    static double ModNoCheck(double a, double b) {
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = b < 0 ? -0.0 : 0.0;
        }
        return m;
    }
    public static double FloorDiv(double a, double b) {
        if (b == 0.0) throw RT.Exc(RT.ZeroDiv, "float floor division by zero");
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
        double fl;
        if (div != 0.0) {
            fl = Math.Floor(div);
            if (div - fl > 0.5) fl += 1.0;
        } else {
            // a zero quotient has the sign of a / b (CPython: copysign)
            fl = BitConverter.DoubleToInt64Bits(a / b) < 0 ? -0.0 : 0.0;
        }
        return fl;
    }
    public static double Pow(double a, double b) {
        if (a == 0.0 && b < 0.0 && !double.IsInfinity(b)) throw RT.Exc(RT.ZeroDiv, "0.0 cannot be raised to a negative power");
        if (a < 0.0 && !double.IsInfinity(a) && b != Math.Floor(b) && !double.IsInfinity(b) && !double.IsNaN(b))
            throw RT.Exc(RT.Value, "negative number cannot be raised to a fractional power");
        if (a == 1.0 || b == 0.0) return 1.0;
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw RT.Exc(RT.Overflow, "(34, 'Numerical result out of range')");
        return r;
    }
    public static double FPow(double a, double b) {
        if (a == 1.0 || b == 0.0) return 1.0;
        if (a == 0.0 && b < 0.0 && !double.IsInfinity(b)) throw RT.Exc(RT.Value, "math domain error");
        if (a < 0.0 && !double.IsInfinity(a) && b != Math.Floor(b) && !double.IsInfinity(b) && !double.IsNaN(b))
            throw RT.Exc(RT.Value, "math domain error");
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw RT.Exc(RT.Overflow, "math range error");
        return r;
    }
    public static double Sqrt(double a) {
        if (a < 0.0) throw RT.Exc(RT.Value, "math domain error");
        return Math.Sqrt(a);
    }
    public static double Exp(double a) {
        double r = Math.Exp(a);
        if (double.IsInfinity(r) && !double.IsInfinity(a)) throw RT.Exc(RT.Overflow, "math range error");
        return r;
    }
    public static double Log(double a) {
        if (a <= 0.0) throw RT.Exc(RT.Value, "math domain error");
        return Math.Log(a);
    }
    // Mono's JIT computes Math.Sin and Math.Cos with the x87 fsin/fcos
    // instructions, which differ from the C library (and so from CPython)
    // in the last bit for some arguments: the C library's are called.
    [DllImport("libm.so.6", EntryPoint = "sin"), SuppressUnmanagedCodeSecurity]
    static extern double CSin(double x);
    [DllImport("libm.so.6", EntryPoint = "cos"), SuppressUnmanagedCodeSecurity]
    static extern double CCos(double x);
    static bool noLibm;
    public static double Sin(double a) {
        if (double.IsInfinity(a)) throw RT.Exc(RT.Value, "math domain error");
        if (!noLibm) {
            try { return CSin(a); } catch (DllNotFoundException) { noLibm = true; }
        }
        return Math.Sin(a);
    }
    public static double Cos(double a) {
        if (double.IsInfinity(a)) throw RT.Exc(RT.Value, "math domain error");
        if (!noLibm) {
            try { return CCos(a); } catch (DllNotFoundException) { noLibm = true; }
        }
        return Math.Cos(a);
    }
    public static double Tan(double a) {
        if (double.IsInfinity(a)) throw RT.Exc(RT.Value, "math domain error");
        return Math.Tan(a);
    }
    public static double Min(double a, double b) { return b < a ? b : a; }
    public static double Max(double a, double b) { return b > a ? b : a; }
    public static long ToInt(double a) {
        if (double.IsInfinity(a)) throw RT.Exc(RT.Overflow, "cannot convert float infinity to integer");
        if (double.IsNaN(a)) throw RT.Exc(RT.Value, "cannot convert float NaN to integer");
        double t = Math.Truncate(a);
        if (t >= 9223372036854775808.0 || t < -9223372036854775808.0)
            throw RT.Exc(RT.Overflow, "integer overflow");
        return (long)t;
    }

    // ---- repr ----
    static readonly BigInteger Ten = new BigInteger(10);

    public static string Repr(double v) {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        long bits = BitConverter.DoubleToInt64Bits(v);
        bool neg = bits < 0;
        if (v == 0.0) return neg ? "-0.0" : "0.0";
        int be = (int)((bits >> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        long m; int e;
        if (be == 0) { m = frac; e = -1074; } else { m = frac | (1L << 52); e = be - 1075; }
        string digits; int exp10;
        Shortest(m, e, be, out digits, out exp10);
        string body = Format(digits, exp10);
        return neg ? "-" + body : body;
    }

    // digits (no leading/trailing zeros) and exp10 such that value = d.ddd * 10**exp10
    static void Shortest(long m, int e, int be, out string digits, out int exp10) {
        BigInteger numV, denV;
        if (e >= 0) { numV = new BigInteger(m) << e; denV = BigInteger.One; }
        else { numV = new BigInteger(m); denV = BigInteger.One << (-e); }
        // half gaps above and below, as fractions over 2**(2-e) scale: use num/den with den = denV*4
        // upper half gap = 2**(e-1), lower = 2**(e-2) at a power of two (except the smallest exponent)
        bool lowerHalf = (m == (1L << 52)) && be > 1;
        double v = (double)m * Math.Pow(2.0, e);
        // k exactly: 10**k <= v < 10**(k+1) (Log10 can be off by one near a
        // power of ten, and a wrong k skips the right candidate)
        int k = (int)Math.Floor(Math.Log10(v));
        while (CmpPow10(numV, denV, k) < 0) k--;
        while (CmpPow10(numV, denV, k + 1) >= 0) k++;
        bool even = (m & 1) == 0;
        for (int p = 1; p <= 17; p++) {
            // D: v correctly rounded to p digits, as D * 10**q
            int q = k - p + 1;
            BigInteger num = numV, den = denV;
            if (q <= 0) num = num * BigInteger.Pow(Ten, -q); else den = den * BigInteger.Pow(Ten, q);
            BigInteger rem;
            BigInteger D = BigInteger.DivRem(num, den, out rem);
            int c = (rem * 2).CompareTo(den);
            if (c > 0 || (c == 0 && !D.IsEven)) D += 1;
            // D is the closest p-digit decimal; at a power of two the
            // interval that reads back as v is wider above than below, so
            // D may fall outside it while D + 1 is inside (1/2**24 is
            // 5.960464477539063e-08, not the 17 digits of its exact value)
            BigInteger[] cands = { D, D + 1, D - 1 };
            foreach (BigInteger C in cands) {
                if (C.Sign > 0 && ReadsBack(C, q, numV, denV, e, lowerHalf, even)) {
                    string s = C.ToString();
                    exp10 = q + s.Length - 1;
                    s = s.TrimEnd('0');
                    digits = s.Length == 0 ? "0" : s;
                    return;
                }
            }
        }
        digits = "0"; exp10 = 0;   // unreachable: 17 digits always round-trip
    }

    // whether C * 10**q lies within the half gaps around v = numV / denV
    // (the upper half gap 2**(e-1); the lower one 2**(e-2) at a power of
    // two), boundaries included when the mantissa is even (round-half-even)
    static bool ReadsBack(BigInteger C, int q, BigInteger numV, BigInteger denV, int e, bool lowerHalf, bool even) {
        BigInteger cn, cd;    // the candidate as cn/cd
        if (q >= 0) { cn = C * BigInteger.Pow(Ten, q); cd = BigInteger.One; }
        else { cn = C; cd = BigInteger.Pow(Ten, -q); }
        BigInteger diff = cn * denV - numV * cd;     // over cd*denV
        bool below = diff.Sign < 0;
        BigInteger ad = BigInteger.Abs(diff);
        int ge = (below && lowerHalf) ? e - 2 : e - 1;
        BigInteger hn, hd;
        if (ge >= 0) { hn = BigInteger.One << ge; hd = BigInteger.One; }
        else { hn = BigInteger.One; hd = BigInteger.One << (-ge); }
        int cmp = (ad * hd).CompareTo(hn * cd * denV);
        return cmp < 0 || (cmp == 0 && even);
    }

    // the sign of v - 10**k, v = numV / denV
    static int CmpPow10(BigInteger numV, BigInteger denV, int k) {
        if (k >= 0) return numV.CompareTo(denV * BigInteger.Pow(Ten, k));
        return (numV * BigInteger.Pow(Ten, -k)).CompareTo(denV);
    }

    static string Format(string ds, int exp10) {
        int n = ds.Length;
        if (exp10 >= -5 + 1 && exp10 < 16) {
            int decpt = exp10 + 1;
            if (decpt <= 0) return "0." + new string('0', -decpt) + ds;
            if (decpt >= n) return ds + new string('0', decpt - n) + ".0";
            return ds.Substring(0, decpt) + "." + ds.Substring(decpt);
        }
        string mant = n == 1 ? ds : ds.Substring(0, 1) + "." + ds.Substring(1);
        string es = Math.Abs(exp10).ToString(CultureInfo.InvariantCulture);
        if (es.Length < 2) es = "0" + es;
        return mant + "e" + (exp10 < 0 ? "-" : "+") + es;
    }

    // ---- externals of vm/float_externals.py (docs/runtime-numbers.md) ----

    // C's "%.*e": correctly rounded precision+1 significant digits.
    public static string FormatExp(double x, long precision) {
        long bits = BitConverter.DoubleToInt64Bits(x);
        string sign = bits < 0 ? "-" : "";
        int p = (int)precision + 1;
        string digits; int k;
        if (x == 0.0) { digits = new string('0', p); k = 0; }
        else {
            int be = (int)((bits >> 52) & 0x7ff);
            long frac = bits & 0xfffffffffffffL;
            long m; int e;
            if (be == 0) { m = frac; e = -1074; } else { m = frac | (1L << 52); e = be - 1075; }
            BigInteger numV, denV;
            if (e >= 0) { numV = new BigInteger(m) << e; denV = BigInteger.One; }
            else { numV = new BigInteger(m); denV = BigInteger.One << (-e); }
            k = (int)Math.Floor(Math.Log10(Math.Abs(x)));
            BigInteger D = RoundDigits(numV, denV, p, ref k);
            digits = D.ToString();
        }
        string mant = p == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
        string es = Math.Abs(k).ToString(CultureInfo.InvariantCulture);
        if (es.Length < 2) es = "0" + es;
        return sign + mant + "e" + (k < 0 ? "-" : "+") + es;
    }

    // The p-digit integer D, correctly rounded (half even), with value ~ D * 10**(k-p+1).
    // k is first made exact (10**k <= v < 10**(k+1)) on the unrounded value:
    // deciding it from the rounded digits picks the wrong place to round when
    // v rounds up to a power of ten (0.09999999999999999 with 16 digits).
    static BigInteger RoundDigits(BigInteger numV, BigInteger denV, int p, ref int k) {
        while (CmpPow10(numV, denV, k) < 0) k--;
        while (CmpPow10(numV, denV, k + 1) >= 0) k++;
        int t = p - 1 - k;
        BigInteger num = numV, den = denV;
        if (t >= 0) num = num * BigInteger.Pow(Ten, t); else den = den * BigInteger.Pow(Ten, -t);
        BigInteger rem;
        BigInteger D = BigInteger.DivRem(num, den, out rem);
        int c = (rem * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !D.IsEven)) D += 1;
        if (D == BigInteger.Pow(Ten, p)) { D = BigInteger.Pow(Ten, p - 1); k++; }
        return D;
    }

    // C's strtod on -?digits(.digits)?(e[-+]?digits)?, correctly rounded.
    public static double ParseDecimal(string s) {
        bool neg = s.StartsWith("-");
        if (neg) s = s.Substring(1);
        int ei = s.IndexOfAny(new char[] { 'e', 'E' });
        int exp10 = 0;
        if (ei >= 0) { exp10 = int.Parse(s.Substring(ei + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture); s = s.Substring(0, ei); }
        int dot = s.IndexOf('.');
        if (dot >= 0) { exp10 -= s.Length - dot - 1; s = s.Remove(dot, 1); }
        BigInteger digits = BigInteger.Parse(s, CultureInfo.InvariantCulture);
        double r;
        if (digits.IsZero) r = 0.0;
        else {
            BigInteger num = digits, den = BigInteger.One;
            if (exp10 >= 0) num *= BigInteger.Pow(Ten, exp10); else den = BigInteger.Pow(Ten, -exp10);
            // e2 with 2**52 <= num/den * 2**-e2 < 2**53
            int e2 = (int)Math.Floor(BigInteger.Log(num, 2) - BigInteger.Log(den, 2)) - 52;
            while (true) {
                BigInteger n2 = num, d2 = den;
                if (e2 >= 0) d2 <<= e2; else n2 <<= -e2;
                if (n2 >= (d2 << 53)) { e2++; continue; }
                if (n2 < (d2 << 52) && e2 > -1074) { e2--; continue; }
                break;
            }
            if (e2 < -1074) e2 = -1074;
            BigInteger nn = num, dd = den;
            if (e2 >= 0) dd <<= e2; else nn <<= -e2;
            BigInteger rem;
            BigInteger q = BigInteger.DivRem(nn, dd, out rem);
            int c = (rem * 2).CompareTo(dd);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
            if (q == (BigInteger.One << 53)) { q >>= 1; e2++; }
            if (e2 > 971) r = double.PositiveInfinity;
            else r = (double)q * Math.Pow(2.0, e2);
        }
        return neg ? -r : r;
    }

    // s0 stripped, with decimal digits of any script as ASCII digits and the
    // underscores (each between two digits, as Python requires) removed;
    // null when a character past ASCII is not a digit or an underscore is misplaced
    static string AsciiNumber(string s0) {
        string t = Str.Strip(s0);
        System.Text.StringBuilder sb = new System.Text.StringBuilder(t.Length);
        bool prevDigit = false;
        for (int i = 0; i < t.Length; i++) {
            char c = t[i];
            if (c == '_') {
                int j = i + 1, cp = j < t.Length ? t[j] : -1;
                if (j + 1 < t.Length && char.IsHighSurrogate(t[j]) && char.IsLowSurrogate(t[j + 1])) cp = char.ConvertToUtf32(t[j], t[j + 1]);
                if (!prevDigit || cp < 0 || CharDb.Decimal(cp) < 0) return null;
                prevDigit = false;
                continue;
            }
            int d = c < 128 ? (c >= '0' && c <= '9' ? c - '0' : -1) : -2;
            if (d == -2) {
                int cp = c;
                if (char.IsHighSurrogate(c) && i + 1 < t.Length && char.IsLowSurrogate(t[i + 1])) cp = char.ConvertToUtf32(c, t[++i]);
                d = CharDb.Decimal(cp);
                if (d < 0) return null;
            }
            prevDigit = d >= 0;
            sb.Append(d >= 0 ? (char)('0' + d) : c);
        }
        return sb.ToString();
    }
    public static double Parse(string s0) {
        string s = AsciiNumber(s0);
        if (s == null) throw RT.Exc(RT.Value, "could not convert string to float: " + Str.Repr(s0));
        string low = s.ToLowerInvariant();
        string body = low.TrimStart('+', '-');
        bool neg = low.StartsWith("-");
        if (body.Length == low.Length - 1 || body.Length == low.Length) {
            if (body == "inf" || body == "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
            if (body == "nan") return double.NaN;
        }
        bool ok = s.Length > 0;
        for (int i = 0; ok && i < s.Length; i++) {
            char c = s[i];
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) ok = false;
        }
        double r;
        if (ok && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out r)) {
            if (r == 0.0 && neg) return -0.0;     // Mono drops the sign of zero
            // Mono's parser is not correctly rounded everywhere (subnormals
            // such as 2.5e-310 come out one ulp low): the syntax is checked,
            // so redo moderate inputs exactly
            if (!double.IsInfinity(r) && r != 0.0 && s.Length <= 800) {
                int e = low.IndexOf('e');
                int ex = 0;
                if (e < 0 || (int.TryParse(low.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ex)
                              && ex > -1200 && ex < 1200))
                    return ParseDecimal(s.TrimStart('+'));
            }
            return r;
        }
        if (ok) {
            // Mono rejects out-of-range exponents: Python gives +-inf or +-0.0
            int e = low.IndexOf('e');
            int ex;
            if (e > 0 && int.TryParse(low.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ex)
                && double.TryParse(low.Substring(0, e), NumberStyles.Float, CultureInfo.InvariantCulture, out r)) {
                if (r == 0.0) return neg ? -0.0 : 0.0;
                if (ex > 0) return neg ? double.NegativeInfinity : double.PositiveInfinity;
                return neg ? -0.0 : 0.0;
            }
        }
        throw RT.Exc(RT.Value, "could not convert string to float: " + Str.Repr(s0));
    }
}
}
