// OO scheduler, hand-written C# twin of bench/native/scheduler.py.
using System;
using System.Collections.Generic;
class Packet { public Packet next; public long value; public Packet(long v) { value = v; } }
class Task {
    public Task next; public Packet inbox; public long runs;
    public void Push(Packet p) {
        p.next = null;
        Packet q = inbox;
        if (q == null) { inbox = p; return; }
        while (q.next != null) q = q.next;
        q.next = p;
    }
    public Packet Pop() { Packet p = inbox; if (p != null) inbox = p.next; return p; }
    public virtual long Run(Scheduler s) { return 0; }
}
class Sender : Task {
    long target, seq;
    public Sender(long t) { target = t; }
    public override long Run(Scheduler s) { seq++; s.tasks[(int)target].Push(new Packet(seq)); return 1; }
}
class Relay : Task {
    long target, factor;
    public Relay(long t, long f) { target = t; factor = f; }
    public override long Run(Scheduler s) {
        long n = 0;
        for (Packet p = Pop(); p != null; p = Pop()) {
            p.value = (p.value * factor + 7) % 1000003;
            s.tasks[(int)target].Push(p);
            n++;
        }
        return n;
    }
}
class Sink : Task {
    public long total;
    public override long Run(Scheduler s) {
        long n = 0;
        for (Packet p = Pop(); p != null; p = Pop()) { total = (total * 31 + p.value) % 1000000007; n++; }
        return n;
    }
}
class Idle : Task { long count; public override long Run(Scheduler s) { count++; return 0; } }
class Scheduler {
    public List<Task> tasks = new List<Task>();
    Task head;
    public void Add(Task t) { tasks.Add(t); t.next = head; head = t; }
    public long Schedule(long rounds) {
        long work = 0;
        for (long r = 0; r < rounds; r++)
            for (Task t = head; t != null; t = t.next) { work += t.Run(this); t.runs++; }
        return work;
    }
}
static class Prog {
    static int Main(string[] args) {
        long rounds = args.Length > 0 ? long.Parse(args[0]) : 1000;
        Scheduler s = new Scheduler();
        s.Add(new Sink()); s.Add(new Relay(0, 3)); s.Add(new Relay(1, 5)); s.Add(new Relay(2, 11));
        s.Add(new Sender(3)); s.Add(new Sender(2)); s.Add(new Idle());
        long work = s.Schedule(rounds);
        Sink sink = s.tasks[0] as Sink;
        Console.WriteLine("work " + work + " total " + (sink != null ? sink.total : -1));
        return 0;
    }
}
