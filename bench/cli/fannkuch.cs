// Fannkuch-redux, hand-written C# twin of bench/native/fannkuch.py.
using System;
static class Prog {
    static long[] Fannkuch(int n) {
        int[] perm1 = new int[n], count = new int[n], perm = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        long maxFlips = 0, checksum = 0, permutations = 0;
        int r = n;
        while (true) {
            while (r != 1) { count[r - 1] = r; r--; }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            long flips = 0;
            int k = perm[0];
            while (k != 0) {
                int i = 0, j = k;
                while (i < j) { int t = perm[i]; perm[i] = perm[j]; perm[j] = t; i++; j--; }
                flips++;
                k = perm[0];
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += permutations % 2 == 0 ? flips : -flips;
            permutations++;
            while (true) {
                if (r == n) return new long[] { checksum, maxFlips };
                int p0 = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = p0;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
        }
    }
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7;
        long[] res = Fannkuch(n);
        Console.WriteLine(res[0]);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + res[1]);
        return 0;
    }
}
