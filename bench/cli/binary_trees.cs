// Binary trees, hand-written C# twin of bench/native/binary_trees.py.
using System;
class Node { public Node left, right; public Node(Node l, Node r) { left = l; right = r; } }
static class Prog {
    static Node Make(long d) { return d == 0 ? new Node(null, null) : new Node(Make(d - 1), Make(d - 1)); }
    static long Check(Node n) { if (n.left == null || n.right == null) return 1; return 1 + Check(n.left) + Check(n.right); }
    static int Main(string[] args) {
        long max = args.Length > 0 ? long.Parse(args[0]) : 10;
        Node longLived = Make(max);
        for (long d = 4; d <= max; d += 2) {
            long it = 1L << (int)(max - d + 4);
            long total = 0;
            for (long i = 0; i < it; i++) total += Check(Make(d));
            Console.WriteLine(it + " trees of depth " + d + " check " + total);
        }
        Console.WriteLine("long lived tree of depth " + max + " check " + Check(longLived));
        return 0;
    }
}
