/* Numbers: text conversions and the float operations with Python's errors. */
#include "rt.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

Str *rt_int_repr(int64_t v) {
    char b[24];
    int k = 24;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do { b[--k] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) b[--k] = '-';
    if (24 - k == 1) return rt_chars[(unsigned char)b[k]];
    Str *s = rt_str_alloc(24 - k, 0);
    if (s) memcpy(s->data, b + k, (size_t)(24 - k));
    return s;
}
Str *rt_uint_repr(uint64_t v) { char b[32]; snprintf(b, sizeof b, "%llu", (unsigned long long)v); return rt_str_from_cstr(b); }

/* The decimal digits[0..nd) * 10**(exp - nd + 1), as text; 1 when it
   reads back as x. */
static int reads_back(double x, const char *digits, int nd, int exp) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.*se%d", nd, digits, exp - nd + 1);
    return strtod(buf, NULL) == x;
}

/* Add delta (+1 or -1) to the last of the nd digits, carrying; returns the
   new count (one fewer when 100..0 - 1 loses its leading digit, in which
   case exp drops too; 99..9 + 1 becomes 100..0 with exp one higher). */
static int step_last(char *digits, int nd, int *exp, int delta) {
    int i = nd - 1;
    if (delta > 0) {
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) { digits[i]++; return nd; }
        digits[0] = '1'; (*exp)++;
        return nd;
    }
    while (i >= 0 && digits[i] == '0') digits[i--] = '9';
    digits[i]--;
    if (digits[0] == '0') {
        memmove(digits, digits + 1, (size_t)nd - 1);
        (*exp)--;
        return nd - 1;
    }
    return nd;
}

/* repr(float): the shortest decimal that reads back as x and, among those
   of that length, the closest (from 15 significant digits up, from 1 for
   subnormals).  The closest p-digit decimal is x correctly rounded to p
   digits; at a power of two the interval that reads back as x is wider
   above than below, so when it misses, its upper neighbour may still be
   inside (1/2**24 is 5.960464477539063e-08).  Laid out as Python does:
   exponent form when the exponent is < -4 or >= 16. */
Str *rt_float_repr(double x) {
    if (isnan(x)) return rt_str_from_cstr("nan");
    if (isinf(x)) return rt_str_from_cstr(x > 0 ? "inf" : "-inf");
    char buf[64];
    char digits[32]; int nd = 0, neg = signbit(x) != 0, exp = 0;
    double ax = fabs(x);
    int first = ax < 2.2250738585072014e-308 ? 1 : 15;
    for (int prec = first; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, ax);    /* d[.ddd]e[+-]XX */
        nd = 0;
        char *p = buf;
        for (; *p && *p != 'e'; p++) if (*p != '.') digits[nd++] = *p;
        exp = atoi(p + 1);
        digits[nd] = 0;
        if (reads_back(ax, digits, nd, exp) || prec == 17) break;
        char d2[32]; int e2 = exp;
        memcpy(d2, digits, (size_t)nd + 1);
        int n2 = step_last(d2, nd, &e2, +1);
        if (reads_back(ax, d2, n2, e2)) { memcpy(digits, d2, (size_t)n2); nd = n2; exp = e2; break; }
        memcpy(d2, digits, (size_t)nd + 1); e2 = exp;
        n2 = step_last(d2, nd, &e2, -1);
        if (n2 > 0 && reads_back(ax, d2, n2, e2)) { memcpy(digits, d2, (size_t)n2); nd = n2; exp = e2; break; }
    }
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char out[64]; int k = 0;
    if (neg) out[k++] = '-';
    if (exp < -4 || exp >= 16) {
        out[k++] = digits[0];
        if (nd > 1) { out[k++] = '.'; memcpy(out + k, digits + 1, (size_t)nd - 1); k += nd - 1; }
        k += snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        out[k++] = '0'; out[k++] = '.';
        for (int i = 0; i < -exp - 1; i++) out[k++] = '0';
        memcpy(out + k, digits, (size_t)nd); k += nd;
    } else {
        for (int i = 0; i <= exp; i++) out[k++] = i < nd ? digits[i] : '0';
        out[k++] = '.';
        if (nd > exp + 1) { memcpy(out + k, digits + exp + 1, (size_t)(nd - exp - 1)); k += nd - exp - 1; }
        else out[k++] = '0';
    }
    out[k] = 0;
    return rt_str_from_cstr(out);
}

Str *rt_ext_float_format_exp(double x, int64_t prec) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.*e", (int)prec, x);
    return rt_str_from_cstr(buf);
}

double rt_ext_float_parse_decimal(Str *s) {
    char *p = rt_str_to_utf8(s, NULL);
    return p ? strtod(p, NULL) : 0.0;
}

static int digit_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'z') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z') return (int)(c - 'A' + 10);
    return 99;
}

static void int_error(Str *s, int64_t base) {
    char head[80];
    snprintf(head, sizeof head, "invalid literal for int() with base %lld: ", (long long)base);
    rt_raise_str(E_VALUE, rt_str_concat(rt_str_from_cstr(head), rt_str_repr(s)));
}

int64_t rt_str_to_int(Str *s, int64_t base) {
    if (!s) rt_null("__int__");
    if (base != 0 && (base < 2 || base > 36)) { rt_raise(E_VALUE, "int() base must be >= 2 and <= 36, or 0"); return 0; }
    int64_t a = 0, b = s->len;
    while (a < b && rt_is_space(rt_ch(s, a))) a++;
    while (b > a && rt_is_space(rt_ch(s, b - 1))) b--;
    int neg = 0;
    if (a < b && (rt_ch(s, a) == '+' || rt_ch(s, a) == '-')) { neg = rt_ch(s, a) == '-'; a++; }
    int64_t orig = base;
    if (a + 1 < b && rt_ch(s, a) == '0') {
        uint32_t c = rt_ch(s, a + 1) | 32;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) { base = pb; a += 2; if (a < b && rt_ch(s, a) == '_') a++; }
    }
    int zero_start = base == 0 && a < b && rt_ch(s, a) == '0';
    if (base == 0) base = 10;
    if (a >= b) { int_error(s, orig); return 0; }
    uint64_t v = 0; int over = 0, prev_us = 1, any = 0, nonzero = 0;
    for (int64_t i = a; i < b; i++) {
        uint32_t c = rt_ch(s, i);
        if (c == '_') { if (prev_us) { int_error(s, orig); return 0; } prev_us = 1; continue; }
        int d = digit_value(c);
        if (c >= 0x660 && !(c < 128)) {   /* Unicode decimal digits */
            extern int rt_unicode_decimal(uint32_t);
            d = rt_unicode_decimal(c);
            if (d < 0) d = 99;
        }
        if (d >= base) { int_error(s, orig); return 0; }
        prev_us = 0; any = 1;
        if (d) nonzero = 1;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) over = 1;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (prev_us || !any) { int_error(s, orig); return 0; }
    if (zero_start && nonzero) { int_error(s, orig); return 0; }
    if (over || v > (uint64_t)INT64_MAX + (uint64_t)neg) { rt_raise(E_OVERFLOW, "integer overflow"); return 0; }
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}

/* rt_unicode_decimal: generated from CPython's Unicode database into rt_case.c */

double rt_str_to_float(Str *s) {
    if (!s) rt_null("__float__");
    int64_t a = 0, b = s->len;
    while (a < b && rt_is_space(rt_ch(s, a))) a++;
    while (b > a && rt_is_space(rt_ch(s, b - 1))) b--;
    char *buf = GC_MALLOC_ATOMIC((size_t)(b - a) + 2);
    if (!buf) { rt_raise_memory(); return 0.0; }
    int k = 0, ok = a < b, prev_digit = 0;
    for (int64_t i = a; i < b && ok; i++) {
        uint32_t c = rt_ch(s, i);
        int d = (c >= '0' && c <= '9') ? (int)(c - '0') : rt_unicode_decimal(c);
        if (c == '_') {
            int next_digit = i + 1 < b && rt_unicode_decimal(rt_ch(s, i + 1)) >= 0;
            if (!prev_digit || !next_digit) ok = 0;
            prev_digit = 0;
            continue;
        }
        if (d >= 0) { buf[k++] = (char)('0' + d); prev_digit = 1; continue; }
        prev_digit = 0;
        if (c < 128) buf[k++] = (char)c; else ok = 0;
    }
    buf[k] = 0;
    if (ok) {
        /* Python's grammar: [sign] (digits [. digits?] | . digits) [e [sign] digits] | inf | infinity | nan */
        const char *p = buf;
        if (*p == '+' || *p == '-') p++;
        if (!strcasecmp(p, "inf") || !strcasecmp(p, "infinity") || !strcasecmp(p, "nan")) {
            double v = (p[0] | 32) == 'n' ? NAN : INFINITY;
            return buf[0] == '-' ? -v : v;
        }
        int nd = 0;
        while (*p >= '0' && *p <= '9') { p++; nd++; }
        if (*p == '.') { p++; while (*p >= '0' && *p <= '9') { p++; nd++; } }
        if (nd == 0) ok = 0;
        if (ok && (*p == 'e' || *p == 'E')) {
            p++;
            if (*p == '+' || *p == '-') p++;
            if (!(*p >= '0' && *p <= '9')) ok = 0;
            while (*p >= '0' && *p <= '9') p++;
        }
        if (ok && *p == 0) return strtod(buf, NULL);
    }
    rt_raise_str(E_VALUE, rt_str_concat(rt_str_from_cstr("could not convert string to float: "), rt_str_repr(s)));
    return 0.0;
}

/* a / b (b != 0) correctly rounded, as CPython's int true division:
   float(a) / float(b) rounds twice once an operand passes 2**53.  N =
   floor(|a| * 2**k / |b|) keeps at least 55 bits; a nonzero remainder is
   or-ed into bit 0 (round to odd), so the one rounding to double is right. */
double rt_int_truediv(int64_t a, int64_t b) {
    uint64_t A = a < 0 ? -(uint64_t)a : (uint64_t)a;
    uint64_t B = b < 0 ? -(uint64_t)b : (uint64_t)b;
    if (A <= (1ULL << 53) && B <= (1ULL << 53)) return (double)a / (double)b;
    int neg = (a < 0) != (b < 0);
    if (A == 0) return neg ? -0.0 : 0.0;
    int k = 55 + (64 - __builtin_clzll(B)) - (64 - __builtin_clzll(A));
    if (k < 0) k = 0;
    uint64_t q = A / B, r = A % B;
    for (int i = 0; i < k; i++) {
        int top = (int)(r >> 63);
        r <<= 1;
        q <<= 1;
        if (top || r >= B) { r -= B; q |= 1; }
    }
    if (r != 0) q |= 1;
    double d = ldexp((double)q, -k);
    return neg ? -d : d;
}

int64_t rt_int_pow_ovf(int64_t a, int64_t b) {
    if (b < 0) { rt_raise(E_VALUE, "negative exponent"); return 0; }
    int64_t r = 1;
    while (b > 0) {
        if (b & 1) { if (__builtin_mul_overflow(r, a, &r)) goto ovf; }
        b >>= 1;
        if (b > 0 && __builtin_mul_overflow(a, a, &a)) goto ovf;
    }
    return r;
ovf:
    rt_raise(E_OVERFLOW, "integer overflow");
    return 0;
}

double rt_float_floordiv(double x, double y) {
    if (y == 0.0) { rt_raise(E_ZERODIV, "float floor division by zero"); return 0; }
    double mod = fmod(x, y), div = (x - mod) / y;
    if (mod != 0.0 && ((y < 0) != (mod < 0))) div -= 1.0;
    if (div == 0.0) return copysign(0.0, x / y);
    double f = floor(div);
    if (div - f > 0.5) f += 1.0;
    return f;
}

double rt_float_mod(double x, double y) {
    if (y == 0.0) { rt_raise(E_ZERODIV, "float modulo"); return 0; }
    double mod = fmod(x, y);
    if (mod != 0.0) { if ((y < 0) != (mod < 0)) mod += y; }
    else mod = copysign(0.0, y);
    return mod;
}

double rt_float_pow(double x, double y) {
    if (x == 0.0 && y < 0.0 && isfinite(y)) { rt_raise(E_ZERODIV, "0.0 cannot be raised to a negative power"); return 0; }
    if (x < 0.0 && isfinite(x) && isfinite(y) && floor(y) != y) {
        rt_raise(E_VALUE, "negative number cannot be raised to a fractional power"); return 0;
    }
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) { rt_raise(E_OVERFLOW, "(34, 'Numerical result out of range')"); return 0; }
    return r;
}

double rt_float_fpow(double x, double y) {
    if (x == 0.0 && y < 0.0 && isfinite(y)) { rt_raise(E_VALUE, "math domain error"); return 0; }
    if (x < 0.0 && isfinite(x) && isfinite(y) && floor(y) != y) { rt_raise(E_VALUE, "math domain error"); return 0; }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) { rt_raise(E_OVERFLOW, "math range error"); return 0; }
    return r;
}

double rt_float_exp(double x) {
    double r = exp(x);
    if (isinf(r) && isfinite(x)) { rt_raise(E_OVERFLOW, "math range error"); return 0; }
    return r;
}

double rt_float_log(double x) {
    if (isnan(x)) return x;
    if (x <= 0.0) { rt_raise(E_VALUE, "math domain error"); return 0; }
    return log(x);
}

static double domain(double x, double r) {
    if (isnan(r) && !isnan(x)) { rt_raise(E_VALUE, "math domain error"); return 0; }
    return r;
}
double rt_float_sin(double x) { return domain(x, sin(x)); }
double rt_float_cos(double x) { return domain(x, cos(x)); }
double rt_float_tan(double x) { return domain(x, tan(x)); }
double rt_float_atan(double x) { return atan(x); }
double rt_float_atan2(double y, double x) { return atan2(y, x); }

/* The C library's functions as CPython's math module reports them: a NaN
   from a non-NaN argument is a domain error; an infinity from a finite one
   is a range error where the function can overflow (jitgen/lower/libm.py),
   else a domain error (atanh(1), log1p(-1), log2(0)). */
static double libm1(double x, double r, int can_overflow) {
    if (isnan(r) && !isnan(x)) { rt_raise(E_VALUE, "math domain error"); return 0; }
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) rt_raise(E_OVERFLOW, "math range error");
        else rt_raise(E_VALUE, "math domain error");
        return 0;
    }
    return r;
}
#define LIBM1(name, can_overflow) \
    double rt_float_##name(double x) { return libm1(x, name(x), can_overflow); }
LIBM1(asin, 0) LIBM1(acos, 0) LIBM1(sinh, 1) LIBM1(cosh, 1) LIBM1(tanh, 0)
LIBM1(asinh, 0) LIBM1(acosh, 0) LIBM1(atanh, 0) LIBM1(expm1, 1) LIBM1(log1p, 0)
LIBM1(log2, 0) LIBM1(log10, 0) LIBM1(exp2, 1) LIBM1(cbrt, 0) LIBM1(erf, 0) LIBM1(erfc, 0)

int64_t rt_cast_float_to_int(double x) {
    if (isnan(x)) { rt_raise(E_VALUE, "cannot convert float NaN to integer"); return 0; }
    if (isinf(x)) { rt_raise(E_OVERFLOW, "cannot convert float infinity to integer"); return 0; }
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) { rt_raise(E_OVERFLOW, "integer overflow"); return 0; }
    return (int64_t)x;
}

int64_t rt_int_lshift_ovf(int64_t a, int64_t b) {
    if (b < 0) { rt_raise(E_VALUE, "negative shift count"); return 0; }
    if (a == 0) return 0;
    if (b >= 64) { rt_raise(E_OVERFLOW, "integer overflow"); return 0; }
    int64_t r = (int64_t)((uint64_t)a << b);
    if ((r >> b) != a) { rt_raise(E_OVERFLOW, "integer overflow"); return 0; }
    return r;
}
