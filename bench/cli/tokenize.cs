// Char-level string work, hand-written C# twin of bench/native/tokenize.py:
// generate a source text with an LCG, scan it char by char, intern
// identifiers, count token kinds and operators, build the normalised text
// with a StringBuilder and checksum it.
using System;
using System.Collections.Generic;
using System.Text;

sealed class ScanError : Exception { public ScanError(string m) : base(m) {} }

sealed class Gen {
    static readonly string[] SYLLABLES = { "ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe", "qu", "xi" };
    static readonly string[] WORDS = { "alpha", "beta", "gamma", "delta", "omega", "sigma", "tau", "phi" };
    static readonly string[] BINOPS = { "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "**", "&&", "||" };
    const string HEXDIGITS = "0123456789abcdef";
    long seed = 2024;
    readonly StringBuilder b = new StringBuilder();

    int Next(int n) {
        seed = (seed * 1103515245 + 12345) % 2147483648L;
        return (int)((seed >> 8) % n);
    }

    void Ident() {
        b.Append(SYLLABLES[Next(10)]);
        b.Append(SYLLABLES[Next(10)]);
        int k = Next(4);
        if (k == 0) { b.Append('_'); b.Append(Next(50)); }
        else if (k == 1) b.Append(SYLLABLES[Next(10)]);
    }

    void Number() {
        int k = Next(6);
        if (k < 2) b.Append(Next(100000));
        else if (k == 2) { b.Append("00"); b.Append(Next(1000)); }
        else if (k == 3) {
            b.Append("0x");
            for (int i = 1 + Next(6); i > 0; i--) b.Append(HEXDIGITS[Next(16)]);
        } else if (k == 4) { b.Append(Next(1000)); b.Append('.'); b.Append(Next(1000)); }
        else {
            b.Append(Next(100)); b.Append('.'); b.Append(Next(10));
            b.Append(Next(2) == 0 ? "e-" : "e");
            b.Append(Next(20));
        }
    }

    void Str() {
        b.Append('"');
        int n = 1 + Next(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.Append(' ');
            switch (Next(8)) {
            case 0: b.Append("\\n"); break;
            case 1: b.Append("\\t"); break;
            case 2: b.Append("\\\""); break;
            case 3: b.Append("\\\\"); break;
            case 4: b.Append("it's"); break;
            default: b.Append(WORDS[Next(8)]); break;
            }
        }
        b.Append('"');
    }

    void Term(int depth) {
        int k = Next(10);
        if (k < 4) Ident();
        else if (k < 7) Number();
        else if (k == 7 && depth < 3) { b.Append('('); Expr(depth + 1); b.Append(')'); }
        else if (k == 8 && depth < 3) {
            Ident();
            b.Append('(');
            Expr(depth + 1);
            if (Next(2) == 0) { b.Append(", "); Expr(depth + 1); }
            b.Append(')');
        } else Str();
    }

    void Expr(int depth) {
        Term(depth);
        for (int n = Next(4); n > 0; n--) {
            bool tight = Next(3) == 0;
            if (!tight) b.Append(' ');
            b.Append(BINOPS[Next(14)]);
            if (!tight) b.Append(' ');
            Term(depth);
        }
    }

    void Line() {
        int indent = Next(4);
        if (indent == 3) b.Append('\t'); else b.Append(' ', indent * 4);
        switch (Next(6)) {
        case 0: b.Append("let "); Ident(); b.Append(" = "); Expr(0); b.Append(';'); break;
        case 1: b.Append("print("); Expr(0); b.Append(");"); break;
        case 2: b.Append("if "); Expr(0); b.Append(" then "); Ident(); b.Append(" := "); Expr(0); b.Append("; end"); break;
        case 3: b.Append("while "); Expr(0); b.Append(" do "); Ident(); b.Append(" := "); Ident(); b.Append(" + 1; end"); break;
        case 4:
            b.Append("fn "); Ident(); b.Append('('); Ident(); b.Append(", "); Ident();
            b.Append(") -> "); Expr(0); b.Append(';');
            break;
        default: b.Append("return "); Expr(0); b.Append(';'); break;
        }
        if (Next(4) == 0) { b.Append("  # "); b.Append(WORDS[Next(8)]); b.Append(' '); b.Append(WORDS[Next(8)]); }
        b.Append('\n');
    }

    public string File(int lines) {
        b.Clear();
        for (int i = 0; i < lines; i++) Line();
        return b.ToString();
    }
}

sealed class Scanner {
    static readonly HashSet<string> KEYWORDS = new HashSet<string> { "let", "if", "then", "end", "while", "do", "print", "fn", "return" };
    // Dictionaries without removals enumerate in insertion order, as Python's dicts
    public readonly Dictionary<string, long> Kinds = new Dictionary<string, long>();
    public readonly Dictionary<string, long> Ops = new Dictionary<string, long>();
    readonly Dictionary<string, int> ids = new Dictionary<string, int>();
    public readonly List<string> Names = new List<string>();
    public readonly List<long> Uses = new List<long>();
    public long StringChars, CommentChars;
    readonly StringBuilder value = new StringBuilder();

    void Count(string kind) { long c; Kinds.TryGetValue(kind, out c); Kinds[kind] = c + 1; }

    int Intern(string name) {
        int i;
        if (!ids.TryGetValue(name, out i)) {
            i = Names.Count;
            ids[name] = i;
            Names.Add(name);
            Uses.Add(0);
        }
        Uses[i]++;
        return i;
    }

    static bool IsIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
    static bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }
    static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
    static int HexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    public string Scan(string src, StringBuilder out_) {
        out_.Clear();
        int n = src.Length, i = 0;
        bool lineStart = true;
        while (i < n) {
            char c = src[i];
            if (c == ' ' || c == '\t') { i++; continue; }
            if (c == '\n') { Count("newline"); out_.Append('\n'); lineStart = true; i++; continue; }
            if (c == '#') {
                int start0 = i;
                while (i < n && src[i] != '\n') i++;
                Count("comment");
                CommentChars += i - start0;
                continue;
            }
            if (!lineStart) out_.Append(' ');
            lineStart = false;
            if (IsIdentStart(c)) {
                int start = i++;
                while (i < n && IsIdentChar(src[i])) i++;
                string word = src.Substring(start, i - start);
                if (KEYWORDS.Contains(word)) { Count("keyword"); out_.Append(word); }
                else { Count("ident"); out_.Append('v'); out_.Append(Intern(word)); }
            } else if (IsDigit(c)) {
                int start = i;
                long v = 0;
                if (c == '0' && i + 1 < n && (src[i + 1] == 'x' || src[i + 1] == 'X')) {
                    i += 2;
                    int d;
                    while (i < n && (d = HexValue(src[i])) >= 0) { v = v * 16 + d; i++; }
                    Count("int");
                    out_.Append(v);
                    continue;
                }
                while (i < n && IsDigit(src[i])) { v = v * 10 + (src[i] - '0'); i++; }
                if (i + 1 < n && src[i] == '.' && IsDigit(src[i + 1])) {
                    i++;
                    while (i < n && IsDigit(src[i])) i++;
                    if (i < n && (src[i] == 'e' || src[i] == 'E')) {
                        i++;
                        if (i < n && (src[i] == '-' || src[i] == '+')) i++;
                        while (i < n && IsDigit(src[i])) i++;
                    }
                    Count("float");
                    out_.Append(src, start, i - start);
                } else {
                    Count("int");
                    out_.Append(v);
                }
            } else if (c == '"') i = ScanString(src, i, out_);
            else i = ScanOperator(src, i, out_);
        }
        return out_.ToString();
    }

    int ScanString(string src, int i, StringBuilder out_) {
        int n = src.Length;
        value.Clear();
        i++;
        while (true) {
            if (i >= n || src[i] == '\n') throw new ScanError("unterminated string");
            char c = src[i];
            if (c == '"') { i++; break; }
            if (c == '\\') {
                if (++i >= n) throw new ScanError("unterminated string");
                char e = src[i];
                if (e == 'n') value.Append('\n');
                else if (e == 't') value.Append('\t');
                else if (e == '"' || e == '\\') value.Append(e);
                else throw new ScanError("bad escape");
            } else value.Append(c);
            i++;
        }
        Count("string");
        StringChars += value.Length;
        out_.Append('\'');
        for (int k = 0; k < value.Length; k++) {
            char ch = value[k];
            if (ch == '\n') out_.Append("\\n");
            else if (ch == '\t') out_.Append("\\t");
            else if (ch == '\'' || ch == '\\') { out_.Append('\\'); out_.Append(ch); }
            else out_.Append(ch);
        }
        out_.Append('\'');
        return i;
    }

    int ScanOperator(string src, int i, StringBuilder out_) {
        char c = src[i];
        char nxt = i + 1 < src.Length ? src[i + 1] : '\0';
        string text;
        if (nxt == '=' && (c == '=' || c == '!' || c == '<' || c == '>' || c == ':'))
            text = c == '=' ? "==" : c == '!' ? "!=" : c == '<' ? "<=" : c == '>' ? ">=" : ":=";
        else if (c == '*' && nxt == '*') text = "**";
        else if (c == '-' && nxt == '>') text = "->";
        else if (c == '&' && nxt == '&') text = "&&";
        else if (c == '|' && nxt == '|') text = "||";
        else if ("+-*/%<>=(),;".IndexOf(c) >= 0) text = OneChar[c];
        else throw new ScanError("unexpected character " + c);
        Count("op");
        long cnt; Ops.TryGetValue(text, out cnt); Ops[text] = cnt + 1;
        out_.Append(text);
        return i + text.Length;
    }

    static readonly string[] OneChar = MakeOneChar();
    static string[] MakeOneChar() {
        string[] t = new string[128];
        for (int c = 0; c < 128; c++) t[c] = ((char)c).ToString();
        return t;
    }
}

static class Prog {
    const int LINES_PER_FILE = 200;

    static long Checksum(string s, long h) {
        foreach (char c in s) h = (h * 31 + c) & 0xFFFFFFFFFFFFL;
        return h;
    }

    static int Main(string[] args) {
        long lines = args.Length > 0 ? long.Parse(args[0]) : 1000;
        Gen g = new Gen();
        Scanner sc = new Scanner();
        StringBuilder outb = new StringBuilder();
        long h = 0, srcChars = 0, outChars = 0;
        string first = "", last = "";
        for (long done = 0; done < lines;) {
            int k = (int)Math.Min(LINES_PER_FILE, lines - done);
            string src = g.File(k);
            string o = sc.Scan(src, outb);
            h = Checksum(o, h);
            srcChars += src.Length;
            outChars += o.Length;
            if (done == 0) first = o.Substring(0, o.IndexOf('\n'));
            int e = o.Length - 1;
            int s = o.LastIndexOf('\n', e - 1) + 1;
            last = o.Substring(s, e - s);
            done += k;
        }
        StringBuilder r = new StringBuilder();
        r.Append("lines ").Append(lines).Append(" source chars ").Append(srcChars).Append(" output chars ")
         .Append(outChars).Append(" checksum ").Append(h).Append('\n');
        foreach (KeyValuePair<string, long> kv in sc.Kinds) r.Append("kind ").Append(kv.Key).Append(' ').Append(kv.Value).Append('\n');
        foreach (KeyValuePair<string, long> kv in sc.Ops) r.Append("op ").Append(kv.Key).Append(' ').Append(kv.Value).Append('\n');
        int best = 0;
        for (int i = 0; i < sc.Uses.Count; i++) if (sc.Uses[i] > sc.Uses[best]) best = i;
        r.Append("identifiers ").Append(sc.Names.Count).Append(" most used ").Append(sc.Names[best]).Append(' ')
         .Append(sc.Uses[best]).Append('\n');
        r.Append("string chars ").Append(sc.StringChars).Append(" comment chars ").Append(sc.CommentChars).Append('\n');
        r.Append("first: ").Append(first).Append('\n');
        r.Append("last: ").Append(last).Append('\n');
        Console.Out.Write(r.ToString());
        return 0;
    }
}
