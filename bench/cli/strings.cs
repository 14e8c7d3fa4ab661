// String-heavy work, hand-written C# twin of bench/native/strings.py.
using System;
using System.Collections.Generic;
static class Prog {
    static readonly string[] SYL = { "ka", "lo", "mi", "ne", "ru", "ta", "zo", "pe" };
    static List<string> MakeWords(long n) {
        long seed = 42;
        List<string> words = new List<string>();
        for (long i = 0; i < n; i++) {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            string w = SYL[seed % 8] + SYL[(seed >> 3) % 8];
            if (seed % 3 == 0) w = w + SYL[(seed >> 6) % 8];
            words.Add(w);
        }
        return words;
    }
    static int Count(string s, string sub) {
        int c = 0, i = 0;
        while ((i = s.IndexOf(sub, i, StringComparison.Ordinal)) >= 0) { c++; i += sub.Length; }
        return c;
    }
    static int Main(string[] args) {
        long n = args.Length > 0 ? long.Parse(args[0]) : 1000;
        string text = string.Join(" ", MakeWords(n));
        // Dictionary without removals keeps insertion order, as Python's dict
        Dictionary<string, long> counts = new Dictionary<string, long>();
        foreach (string w in text.Split(' ')) {
            long c;
            counts.TryGetValue(w, out c);
            counts[w] = c + 1;
        }
        string best = ""; long bestN = 0;
        foreach (KeyValuePair<string, long> kv in counts)
            if (kv.Value > bestN) { best = kv.Key; bestN = kv.Value; }
        Console.WriteLine(counts.Count + " " + best + " " + bestN);
        string upper = text.ToUpperInvariant();
        Console.WriteLine(Count(upper, "KA") + " " + text.IndexOf("zozozo", StringComparison.Ordinal) + " " + text.Replace("ka", "").Length);
        return 0;
    }
}
